package dev.segment.analysis;

/**
 * A merge sort of {@code int} customer indexes under a primitive comparison, so that millions of
 * indexes sort without boxing; one instance reuses its merge buffer across the ranges it sorts.
 */
final class IndexSort {
  /** Compares two customer indexes: negative when {@code a} ranks first. */
  @FunctionalInterface
  interface IndexOrder {
    int compare(int a, int b);
  }

  private static final int INSERTION_LIMIT = 24;

  private final IndexOrder order;
  private int[] buffer = new int[0];

  IndexSort(IndexOrder order) {
    this.order = order;
  }

  /** Sorts {@code a[from, to)}; stable. */
  void sort(int[] a, int from, int to) {
    int half = (to - from + 1) / 2;
    if (to - from > INSERTION_LIMIT && buffer.length < half) {
      buffer = new int[half];
    }
    mergeSort(a, from, to);
  }

  private void mergeSort(int[] a, int from, int to) {
    if (to - from <= INSERTION_LIMIT) {
      insertionSort(a, from, to);
      return;
    }
    int mid = (from + to) >>> 1;
    mergeSort(a, from, mid);
    mergeSort(a, mid, to);
    // Input files are often sorted by id already: then every merge is skipped and the sort is linear.
    if (order.compare(a[mid - 1], a[mid]) <= 0) {
      return;
    }
    int leftLength = mid - from;
    System.arraycopy(a, from, buffer, 0, leftLength);
    int left = 0;
    int right = mid;
    int out = from;
    while (left < leftLength && right < to) {
      if (order.compare(a[right], buffer[left]) < 0) {
        a[out++] = a[right++];
      } else {
        a[out++] = buffer[left++];
      }
    }
    System.arraycopy(buffer, left, a, out, leftLength - left);
  }

  private void insertionSort(int[] a, int from, int to) {
    for (int i = from + 1; i < to; i++) {
      int value = a[i];
      int j = i - 1;
      while (j >= from && order.compare(value, a[j]) < 0) {
        a[j + 1] = a[j];
        j--;
      }
      a[j + 1] = value;
    }
  }
}
