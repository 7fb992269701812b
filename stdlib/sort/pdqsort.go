// The sorting algorithms. They make exactly the same sequence of Less and
// Swap calls as Go's (sort/zsortinterface.go), which is what makes the
// result of an unstable sort identical to Go's.
//
// Sort: pattern-defeating quicksort (Orson Peters, arXiv:2106.05123)
// without the BlockQuicksort optimisation:
//   - ranges of at most 12 elements: insertion sort;
//   - after `limit` badly unbalanced partitions: heapsort;
//   - pivot: fixed for < 8 elements, median of three below 50, Tukey's
//     ninther from 50 up; the number of swaps made while choosing it hints
//     that the range is increasing (0) or decreasing (12, then reversed);
//   - an unbalanced partition is followed by breakPatterns, which swaps
//     three elements with positions from a xorshift generator seeded by
//     the length (deterministic);
//   - a pivot equal to the element just before the range means many
//     duplicates: partitionEqual puts everything equal to it first.
// Stable: insertion sort of blocks of 20, then repeated SymMerge passes
// (Kim & Kutzner, ESA 2004) of doubling block size, using rotations.

package sort

type sortedHint int // what choosePivot learnt about the order of the range

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the deterministic generator of breakPatterns (Marsaglia's
// xorshift, shifts 13/17/5).
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 17
	*r ^= *r << 5
	return uint64(*r)
}

// nextPowerOfTwo returns the power of two just above length's top bit.
func nextPowerOfTwo(length int) uint {
	n := 0
	for l := uint(length); l != 0; l >>= 1 {
		n++
	}
	return uint(1) << uint(n)
}

// insertionSort sorts data[a:b] by insertion.
func insertionSort(data Interface, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the max-heap property of the heap data[first+lo :
// first+hi] below the node at offset lo.
func siftDown(data Interface, lo, hi, first int) {
	node := lo
	for {
		kid := 2*node + 1
		if kid >= hi {
			return
		}
		if kid+1 < hi && data.Less(first+kid, first+kid+1) {
			kid++ // the larger child
		}
		if !data.Less(first+node, first+kid) {
			return
		}
		data.Swap(first+node, first+kid)
		node = kid
	}
}

// heapSort sorts data[a:b] with a binary max-heap.
func heapSort(data Interface, a, b int) {
	first := a
	n := b - a
	for i := (n - 1) / 2; i >= 0; i-- {
		siftDown(data, i, n, first)
	}
	for i := n - 1; i >= 0; i-- {
		data.Swap(first, first+i) // move the maximum behind the heap
		siftDown(data, 0, i, first)
	}
}

// pdqsort sorts data[a:b]; limit is the number of bad pivots tolerated
// before switching to heapsort. It recurses into the smaller side only.
func pdqsort(data Interface, a, b, limit int) {
	const maxInsertion = 12

	balanced := true    // the previous partition was reasonably balanced
	partitioned := true // the previous partition swapped nothing

	for {
		n := b - a
		if n <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !balanced {
			breakPatterns(data, a, b)
			limit--
		}

		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// The pivot moved to the mirrored position.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}

		// Probably sorted already: try to finish with a few shifts.
		if balanced && partitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}

		// The element before the range is a lower bound of it; if the
		// pivot is not above it, the range holds many copies of it.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}

		mid, already := partition(data, a, b, pivot)
		partitioned = already

		left, right := mid-a, b-mid
		threshold := n / 8
		if left < right {
			balanced = left >= threshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			balanced = right >= threshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition moves data[pivot] to its final place p within data[a:b], with
// smaller elements before it and the others after, and returns p and
// whether the range was already partitioned (no swap needed).
func partition(data Interface, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot) // the pivot waits at a
	lo, hi := a+1, b-1  // unpartitioned: data[lo..hi]

	for lo <= hi && data.Less(lo, a) {
		lo++
	}
	for lo <= hi && !data.Less(hi, a) {
		hi--
	}
	if lo > hi {
		data.Swap(hi, a)
		return hi, true
	}
	data.Swap(lo, hi)
	lo++
	hi--

	for {
		for lo <= hi && data.Less(lo, a) {
			lo++
		}
		for lo <= hi && !data.Less(hi, a) {
			hi--
		}
		if lo > hi {
			break
		}
		data.Swap(lo, hi)
		lo++
		hi--
	}
	data.Swap(hi, a)
	return hi, false
}

// partitionEqual puts the elements of data[a:b] equal to data[pivot] first
// and returns the index of the first greater one. No element of the range
// may be smaller than the pivot.
func partitionEqual(data Interface, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	lo, hi := a+1, b-1
	for {
		for lo <= hi && !data.Less(a, lo) {
			lo++
		}
		for lo <= hi && data.Less(a, hi) {
			hi--
		}
		if lo > hi {
			return lo
		}
		data.Swap(lo, hi)
		lo++
		hi--
	}
}

// partialInsertionSort fixes up to 5 adjacent inversions of data[a:b] by
// shifting, and reports whether the range ended up sorted.
func partialInsertionSort(data Interface, a, b int) bool {
	const (
		maxSteps         = 5
		shortestShifting = 50 // ranges shorter than this are not shifted
	)
	i := a + 1
	for step := 0; step < maxSteps; step++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)

		// Shift the smaller element left into place...
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		// ...and the larger one right.
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns swaps the three elements around the middle of data[a:b]
// with pseudo-randomly chosen ones.
func breakPatterns(data Interface, a, b int) {
	n := b - a
	if n < 8 {
		return
	}
	random := xorshift(n)
	modulus := nextPowerOfTwo(n)
	centre := a + (n/4)*2
	for idx := centre - 1; idx <= centre+1; idx++ {
		other := int(uint(random.Next()) & (modulus - 1))
		if other >= n {
			other -= n
		}
		data.Swap(idx, a+other)
	}
}

// choosePivot returns the index of the pivot for data[a:b] and what the
// comparisons revealed about the order of the range.
func choosePivot(data Interface, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	n := b - a
	swaps := 0
	i := a + n/4*1
	j := a + n/4*2
	k := a + n/4*3

	if n >= 8 {
		if n >= shortestNinther {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}

	if swaps == 0 {
		return j, increasingHint
	}
	if swaps == maxSwaps {
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns (a, b) ordered so that data[first] <= data[second],
// counting a swap when they had to be exchanged.
func order2(data Interface, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns whichever of a, b, c indexes the median of the three.
func median(data Interface, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	_, b = order2(data, a, b, swaps)
	return b
}

// medianAdjacent returns the index of the median of data[a-1], data[a], data[a+1].
func medianAdjacent(data Interface, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

// reverseRange reverses data[a:b].
func reverseRange(data Interface, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// swapRange swaps data[a:a+n] with data[b:b+n].
func swapRange(data Interface, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

// stable sorts data[0:n] keeping equal elements in order.
func stable(data Interface, n int) {
	block := 20
	a, b := 0, block
	for b <= n {
		insertionSort(data, a, b)
		a, b = b, b+block
	}
	insertionSort(data, a, n)

	for block < n {
		a, b = 0, 2*block
		for b <= n {
			symMerge(data, a, a+block, b)
			a, b = b, b+2*block
		}
		if m := a + block; m < n {
			symMerge(data, a, m, n)
		}
		block *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place;
// requires a < m < b. Recursion depth is bounded by log2(b-a).
func symMerge(data Interface, a, m, b int) {
	if m-a == 1 {
		// A single element on the left: binary-search its place in the
		// right run (first element not less than it) and bubble it there.
		lo, hi := m, b
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if data.Less(h, a) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := a; k < lo-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		// A single element on the right: its place is after every left
		// element not greater than it.
		lo, hi := a, m
		for lo < hi {
			h := int(uint(lo+hi) >> 1)
			if !data.Less(m, h) {
				lo = h + 1
			} else {
				hi = h
			}
		}
		for k := m; k > lo; k-- {
			data.Swap(k, k-1)
		}
		return
	}

	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start, r = n-b, mid
	} else {
		start, r = a, m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}

	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate exchanges the adjacent blocks data[a:m] and data[m:b] with block
// swaps; requires a < m < b.
func rotate(data Interface, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}
