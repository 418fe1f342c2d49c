package assessment

import (
	"math"

	"github.com/eis-project/eis/internal/diag"
)

// maxCompareDecimals is how many decimals ComparePercents shows at most.
const maxCompareDecimals = 3

// ComparePercents says a score x and the threshold it is compared with in
// words ("scores X, below Y", "at least Y") so that the comparison reads
// true: both as whole percentages ("24%", "25%") when that shows it, else
// with as many decimals as it takes, up to three ("24.6%" below "25%").
// The threshold loses trailing zeros ("25%", not "25.0%"). The output
// language gives the decimal sign and the percent sign's place.
func ComparePercents(x, threshold float64) (score, limit diag.Percent) {
	below := x < threshold
	d := 0
	for ; d < maxCompareDecimals; d++ {
		sx, st := roundTo(x*100, d), roundTo(threshold*100, d)
		if (below && sx < st) || (!below && sx >= st) {
			break
		}
	}
	return diag.Percent{Value: x, Decimals: d}, diag.Percent{Value: threshold, Decimals: d, Trim: true}
}

// roundTo rounds v to d decimals, halves away from zero.
func roundTo(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}
