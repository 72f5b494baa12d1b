// Vite config: a static site in dist/ that works from any sub-path (base './').
// The engine files (public/engine/) are copied verbatim, never bundled.
// Dev and preview servers send the cross-origin isolation headers pthreads need.
import { defineConfig } from 'vite';

const isolationHeaders = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

export default defineConfig({
  base: './',
  server: { headers: isolationHeaders },
  preview: { headers: isolationHeaders },
  worker: { format: 'iife' },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
    rollupOptions: {
      output: {
        // Keep the editor and the terminal in their own cacheable chunks.
        manualChunks: {
          codemirror: ['codemirror', '@codemirror/lang-python', '@codemirror/theme-one-dark'],
          xterm: ['@xterm/xterm', '@xterm/addon-fit'],
        },
      },
    },
  },
});
