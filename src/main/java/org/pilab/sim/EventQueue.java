package org.pilab.sim;

import java.util.Arrays;

/**
 * An indexed binary min-heap of {@link SimEvent}s. Each event remembers its slot, so cancelling
 * is O(log n) and removes the event at once (a lazily cancelled event would linger and slow
 * every later pop when the controller cancels many time-limit events).
 */
final class EventQueue {

    private SimEvent[] heap = new SimEvent[1024];
    private int size;

    int size() {
        return size;
    }

    boolean isEmpty() {
        return size == 0;
    }

    SimEvent peek() {
        return size == 0 ? null : heap[0];
    }

    void add(SimEvent event) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        heap[size] = event;
        event.heapIndex = size;
        size++;
        siftUp(size - 1);
    }

    SimEvent poll() {
        if (size == 0) {
            return null;
        }
        SimEvent first = heap[0];
        removeAt(0);
        return first;
    }

    /** Removes the event if it is still queued; returns whether it was. */
    boolean remove(SimEvent event) {
        int index = event.heapIndex;
        if (index < 0 || index >= size || heap[index] != event) {
            return false;
        }
        removeAt(index);
        return true;
    }

    void clear() {
        for (int i = 0; i < size; i++) {
            heap[i].heapIndex = -1;
            heap[i] = null;
        }
        size = 0;
    }

    private void removeAt(int index) {
        SimEvent removed = heap[index];
        removed.heapIndex = -1;
        size--;
        if (index == size) {
            heap[size] = null;
            return;
        }
        SimEvent last = heap[size];
        heap[size] = null;
        heap[index] = last;
        last.heapIndex = index;
        if (index > 0 && last.compareTo(heap[(index - 1) >>> 1]) < 0) {
            siftUp(index);
        } else {
            siftDown(index);
        }
    }

    private void siftUp(int index) {
        SimEvent moving = heap[index];
        while (index > 0) {
            int parent = (index - 1) >>> 1;
            SimEvent above = heap[parent];
            if (moving.compareTo(above) >= 0) {
                break;
            }
            heap[index] = above;
            above.heapIndex = index;
            index = parent;
        }
        heap[index] = moving;
        moving.heapIndex = index;
    }

    private void siftDown(int index) {
        SimEvent moving = heap[index];
        int half = size >>> 1;
        while (index < half) {
            int child = 2 * index + 1;
            SimEvent smaller = heap[child];
            int right = child + 1;
            if (right < size && heap[right].compareTo(smaller) < 0) {
                child = right;
                smaller = heap[right];
            }
            if (moving.compareTo(smaller) <= 0) {
                break;
            }
            heap[index] = smaller;
            smaller.heapIndex = index;
            index = child;
        }
        heap[index] = moving;
        moving.heapIndex = index;
    }
}
