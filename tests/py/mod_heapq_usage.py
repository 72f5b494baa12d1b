# heapq as a course uses it: priority queues, nlargest/nsmallest, merge, heapreplace
import heapq
h = []
for v in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, v)
print(h[0], [heapq.heappop(h) for _ in range(3)], len(h))
data = [9, 4, 7, 1, 8, 2]
heapq.heapify(data)
print(data)
print(heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), sorted(data))
tasks = []
heapq.heappush(tasks, (2, "write code"))
heapq.heappush(tasks, (1, "plan"))
heapq.heappush(tasks, (3, "test"))
heapq.heappush(tasks, (1, "coffee"))
while tasks:
    print(heapq.heappop(tasks))
nums = [15, 3, 99, -4, 42, 8, 23]
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0])), list(heapq.merge([5, 3], [4, 1], reverse=True)))
words = ["pear", "fig", "banana", "kiwi"]
print(heapq.nsmallest(2, words, key=lambda w: (len(w), w)))
def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: p[0] ** 2 + p[1] ** 2)
print(k_closest([(1, 3), (-2, 2), (5, 8), (0, 1)], 2))
maxh = []
for v in [3, 1, 4, 1, 5]:
    heapq.heappush(maxh, -v)
print([-heapq.heappop(maxh) for _ in range(len(maxh))])
