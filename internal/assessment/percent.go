package assessment

import (
	"math"
	"strconv"
	"strings"
)

// maxCompareDecimals is how many decimals ComparePercents shows at most.
const maxCompareDecimals = 3

// ComparePercents formats a score x and the threshold it is compared with
// in words ("scores X, below Y", "at least Y") so that the comparison reads
// true: both as whole percentages ("24%", "25%") when that shows it, else
// with as many decimals as it takes, up to three ("24.6%" below "25%").
// The threshold loses trailing zeros ("25%", not "25.0%"); Danish uses a
// decimal comma ("24,6%").
func ComparePercents(x, threshold float64, lang string) (score, limit string) {
	below := x < threshold
	for d := 0; d <= maxCompareDecimals; d++ {
		sx, st := roundTo(x*100, d), roundTo(threshold*100, d)
		if (below && sx < st) || (!below && sx >= st) || d == maxCompareDecimals {
			return formatPercent(sx, d, false, lang), formatPercent(st, d, true, lang)
		}
	}
	return Percent(x), Percent(threshold) // not reached
}

// roundTo rounds v to d decimals, halves away from zero.
func roundTo(v float64, d int) float64 {
	p := math.Pow(10, float64(d))
	return math.Round(v*p) / p
}

// formatPercent writes v (a percentage) with d decimals and a "%" sign;
// trim drops trailing zeros of the decimals.
func formatPercent(v float64, d int, trim bool, lang string) string {
	s := strconv.FormatFloat(v, 'f', d, 64)
	if trim && strings.Contains(s, ".") {
		s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	}
	if s == "-0" {
		s = "0"
	}
	if lang == "da" {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s + "%"
}
