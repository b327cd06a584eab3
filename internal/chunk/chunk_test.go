package chunk

import (
	"sort"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// listOps applies the operations coded in ops to a List and to a plain
// slice, and fails when the two disagree. Each byte is one operation.
func listOps(t *testing.T, ops []byte) {
	var l List[int]
	var want []int
	next := 0
	check := func() {
		require.Equal(t, len(want), l.Len())
		for i, v := range want {
			require.Equal(t, v, *l.At(i), "entry %d", i)
		}
	}
	for _, op := range ops {
		switch op % 6 {
		case 0: // add a run of entries
			for range int(op/6)*37 + 1 {
				next++
				if next%2 == 0 {
					l.Add(next)
				} else {
					*l.Slot() = next
				}
				want = append(want, next)
			}
		case 1: // add a run of entries through Room
			for n := int(op/6)*37 + 1; n > 0; {
				room := l.Room()
				require.NotEmpty(t, room)
				w := min(n, len(room))
				for k := range w {
					next++
					room[k] = next
					want = append(want, next)
				}
				l.Extend(w)
				n -= w
			}
		case 2: // truncate
			n := len(want) * int(op/6) / 42
			l.Truncate(n)
			want = want[:n]
		case 3:
			l.Reset(int(op/6) * 300)
			want = want[:0]
		case 4:
			l.Clear(int(op/6) * 300)
			want = want[:0]
		case 5: // hand the front over to another list, which fills it
			var to List[int]
			l.HandOver(len(want), &to)
			for k := 0; k < 3*Size; k++ {
				to.Add(-k)
			}
			for k := 0; k < 3*Size; k++ {
				require.Equal(t, -k, *to.At(k))
			}
			l.Truncate(0)
			want = want[:0]
		}
		check()
	}
}

func TestList(t *testing.T) {
	tests := []struct {
		name string
		ops  []byte
	}{
		{"empty", nil},
		{"a few", []byte{0}},
		{"past one chunk", []byte{6 * 40}},
		{"many chunks then truncate", []byte{6 * 40, 6 * 40, 6 * 40, 6*21 + 2}},
		{"truncate to nothing and refill", []byte{6 * 40, 2, 6 * 40}},
		{"reset keeps and refills", []byte{6 * 40, 6 * 40, 6*10 + 3, 6 * 40, 6 * 40}},
		{"reset keeps nothing", []byte{6 * 40, 3, 6 * 40}},
		{"clear then refill", []byte{6 * 40, 6*20 + 4, 6 * 40}},
		{"short first chunk kept", []byte{0, 6*1 + 3, 6 * 3}},
		{"hand over", []byte{6 * 40, 6 * 40, 6 * 40, 5, 6 * 40}},
		{"through room", []byte{6*40 + 1, 6*40 + 1, 6*40 + 2, 6*3 + 1}},
		{"hand over, refill, hand over", []byte{6 * 40, 6 * 40, 6 * 40, 5, 6 * 40, 6 * 40, 6 * 40, 5, 6*40 + 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { listOps(t, tt.ops) })
	}
}

func FuzzList(f *testing.F) {
	f.Add([]byte{240, 240, 128, 3, 240, 5, 240})
	f.Fuzz(func(t *testing.T, ops []byte) {
		if len(ops) > 64 {
			ops = ops[:64]
		}
		listOps(t, ops)
	})
}

func TestListReuse(t *testing.T) {
	var l List[[4]int]
	for range 3 * Size {
		l.Add([4]int{1})
	}
	l.Reset(2 * Size)
	allocs := testing.AllocsPerRun(10, func() {
		for range 2 * Size {
			l.Add([4]int{2})
		}
		l.Reset(2 * Size)
	})
	assert.Zero(t, allocs, "a list refilled within what Reset kept allocates nothing")
}

func TestListClearZeroes(t *testing.T) {
	var l List[*int]
	x := 1
	for range 10 {
		l.Add(&x)
	}
	l.Clear(Size)
	for range 10 {
		assert.Nil(t, *l.Slot(), "a slot after Clear holds nothing")
	}
}

func TestSearch(t *testing.T) {
	var l List[int]
	for i := range 3000 {
		l.Add(i / 3)
	}
	for _, from := range []int{0, 1, 500, 2999, 3000} {
		for _, x := range []int{-1, 0, 7, 400, 999, 1000} {
			want := sort.Search(3000, func(i int) bool { return i >= from && *l.At(i) >= x })
			want = max(want, from)
			assert.Equal(t, want, l.Search(from, func(v *int) bool { return *v >= x }), "from %d, x %d", from, x)
		}
	}
}

func TestArena(t *testing.T) {
	var a Arena[int]
	var runs [][]int
	var wants [][]int
	for n := range 200 {
		run := make([]int, n*13%1500)
		for i := range run {
			run[i] = n*10000 + i
		}
		runs = append(runs, a.Copy(run))
		wants = append(wants, run)
	}
	for i := range runs {
		require.Equal(t, wants[i], runs[i], "run %d is intact", i)
		assert.Equal(t, len(runs[i]), cap(runs[i]), "appending to a run cannot reach the next")
	}
	a.Reset(4 * Size)
	allocs := testing.AllocsPerRun(10, func() {
		for range 8 {
			a.Copy(make([]int, Size/2))
		}
		a.Reset(4 * Size)
	})
	assert.Zero(t, allocs, "an arena refilled within what Reset kept allocates nothing")
}

func TestArenaLongRuns(t *testing.T) {
	var a Arena[int]
	long := make([]int, 3*Size)
	a.Copy(long)
	a.Reset(4 * Size)
	allocs := testing.AllocsPerRun(10, func() {
		a.Copy(long)
		a.Reset(4 * Size)
	})
	assert.Zero(t, allocs, "a chunk made for a long run is kept for the next")
}
