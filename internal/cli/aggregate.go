package cli

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/eis-project/eis/internal/aggregate"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/region"
	"github.com/eis-project/eis/internal/render"
	"github.com/spf13/cobra"
)

// AggregateOptions are the inputs of `eis aggregate`.
type AggregateOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Now       func() time.Time
	Locale    i18n.Locale

	// Paths are answers files and folders of them.
	Paths []string
	// Region keeps only that region's firms ("" for all).
	Region string
	// Format is text, markdown, csv, json or html.
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
	// Workers read and analyse files in parallel (0: one per CPU).
	Workers int
}

// aggregateOutput is what `eis aggregate` prints.
var aggregateOutput = outputSpec{formats: render.AggregateFormats, def: render.FormatText, schema: "aggregate", stem: "aggregate"}

// NewCmdAggregate builds `eis aggregate FILES|DIR…`.
func NewCmdAggregate(f *Factory, runF func(*AggregateOptions) error) *cobra.Command {
	opts := &AggregateOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "aggregate FILE|DIR... [--region R] [--format text|markdown|csv|json|html] [--output FILE]",
		Short:   hl.T("help.aggregate.short"),
		Long:    hl.T("help.aggregate.long"),
		Example: hl.T("help.aggregate.example"),
		Args: usageArgs(func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return errors.New(f.Locale.T("aggregate.args"))
			}
			return nil
		}),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Now = f.Now
			opts.Locale = f.Locale
			opts.Paths = args
			if err := aggregateOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return aggregateRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Region, "region", "r", "", hl.T("help.aggregate.flag.region"))
	_ = cmd.RegisterFlagCompletionFunc("region", f.completeArgs(idRegion, 0))
	aggregateOutput.add(cmd, f, &opts.Format, &opts.Output)
	// FILE|DIR…: answers files and folders of them.
	cmd.ValidArgsFunction = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return answersExts, cobra.ShellCompDirectiveFilterFileExt
	}
	return cmd
}

func aggregateRun(opts *AggregateOptions) error {
	loc := opts.Locale
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	if opts.Region != "" && !slices.Contains(region.Candidates(cat), opts.Region) {
		ids := region.Candidates(cat)
		return valueError("--region", opts.Region, ids, loc.T("region.unknown", opts.Region, strings.Join(ids, ", ")))
	}
	files, problems := answersFiles(opts.Paths, loc)
	now := opts.Now()
	agg := aggregate.New(cat, aggregate.Options{Region: opts.Region, Now: now})
	for range problems {
		agg.Skip()
	}
	type result struct {
		name string
		firm aggregate.Firm
		msg  string
		sum  [sha256.Size]byte
	}
	jobs := make(chan string)
	results := make(chan result, 64)
	workers := opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for name := range jobs {
				data, err := readAnswersFile(name)
				if err != nil {
					results <- result{name: name, msg: loc.T("aggregate.read", name, unwrapPathError(err))}
					continue
				}
				fm, err := aggregate.Analyse(cat, name, data, now)
				if err != nil {
					results <- result{name: name, msg: skipReason(loc, name, err)}
					continue
				}
				results <- result{name: name, firm: fm, sum: sha256.Sum256(data)}
			}
		}()
	}
	go func() {
		for _, name := range files {
			jobs <- name
		}
		close(jobs)
		wg.Wait()
		close(results)
	}()
	order := make(map[string]int, len(files))
	for i, name := range files {
		order[name] = i
	}
	// The same answers under two names (a file sent twice, a copy) are
	// one firm: counted once, and each copy is named beside the first
	// name in the order the files were given (results arrive in any order).
	// Assessments of one firm (the same company name and region) count
	// once, the latest (see package aggregate); each earlier one is named
	// beside the latest, so the advisor can check the match.
	read, otherCat := 0, 0
	copies := map[[sha256.Size]byte][]string{}
	type assessed struct {
		firm  aggregate.Firm
		names []string // the latest's, then the earlier ones'
	}
	firms := map[string]*assessed{}
	for r := range results {
		if r.msg != "" {
			agg.Skip()
			problems = append(problems, r.msg)
			continue
		}
		if names, ok := copies[r.sum]; ok {
			copies[r.sum] = append(names, r.name)
			continue
		}
		copies[r.sum] = []string{r.name}
		read++
		if r.firm.OtherCatalogue {
			otherCat++
		}
		r.firm.Seq = order[r.name]
		if id := r.firm.Identity; id != "" && (opts.Region == "" || r.firm.Region == opts.Region) {
			switch a := firms[id]; {
			case a == nil:
				firms[id] = &assessed{r.firm, []string{r.name}}
			case aggregate.Later(r.firm, a.firm):
				a.firm, a.names = r.firm, append([]string{r.name}, a.names...)
			default:
				a.names = append(a.names, r.name)
			}
		}
		agg.Add(r.firm)
	}
	for _, a := range firms {
		for _, n := range a.names[1:] {
			problems = append(problems, loc.T("aggregate.earlier", n, a.names[0]))
		}
	}
	for _, names := range copies {
		slices.SortFunc(names, func(a, b string) int { return order[a] - order[b] })
		for _, n := range names[1:] {
			problems = append(problems, loc.T("aggregate.duplicate", n, names[0]))
		}
	}
	// File names go to stderr only: they may name the firm.
	slices.Sort(problems)
	for _, p := range problems {
		fmt.Fprintln(opts.IO.ErrOut, p)
	}
	if otherCat > 0 {
		fmt.Fprintln(opts.IO.ErrOut, loc.N("aggregate.otherCatalogue", otherCat, otherCat, cat.Meta.Version))
	}
	if len(files) == 0 {
		return ErrSilent // what is wrong with each path is said above
	}
	if read == 0 {
		return fmt.Errorf("%s", loc.T("aggregate.nothing", len(files)))
	}
	rep := render.LocalizeAggregate(agg.Result(), cat, loc)
	return writeOutput(opts.IO, loc, opts.Output, func(w io.Writer, ro render.Options) error {
		return render.Aggregate(w, rep, opts.Format, ro)
	})
}

// skipReason says in loc why an answers file is left out: its first error.
func skipReason(loc i18n.Locale, name string, err error) string {
	var se *aggregate.SkipError
	if errors.As(err, &se) {
		for _, d := range se.Diags {
			if d.Severity == "error" {
				return loc.T("aggregate.skip", name, loc.Diagnostic(d))
			}
		}
		if se.Err != nil {
			return loc.T("aggregate.skip", name, unwrapPathError(se.Err))
		}
	}
	return loc.T("aggregate.skip", name, loc.T("aggregate.skip.notAnswers"))
}

// answersFiles lists the files to read: each file given, and the *.yaml
// and *.yml files below each folder given (hidden files and folders left
// out), in path order, each once. A path that does not exist, or a folder
// with no such files, is a problem reported in loc.
func answersFiles(paths []string, loc i18n.Locale) (files, problems []string) {
	seen := map[string]bool{}
	add := func(p string) {
		if !seen[p] {
			seen[p] = true
			files = append(files, p)
		}
	}
	for _, p := range paths {
		st, err := os.Stat(p)
		if errors.Is(err, fs.ErrNotExist) {
			// In the user's words, not the system's English "no such
			// file or directory" (ux23, session 23).
			problems = append(problems, loc.T("aggregate.missing", p))
			continue
		}
		if err != nil {
			problems = append(problems, loc.T("aggregate.read", p, unwrapPathError(err)))
			continue
		}
		if !st.IsDir() {
			add(p)
			continue
		}
		n := 0
		_ = filepath.WalkDir(p, func(path string, d fs.DirEntry, err error) error {
			if err != nil {
				problems = append(problems, loc.T("aggregate.read", path, unwrapPathError(err)))
				return nil
			}
			name := d.Name()
			if path != p && strings.HasPrefix(name, ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type().IsRegular() && (strings.HasSuffix(name, ".yaml") || strings.HasSuffix(name, ".yml")) {
				add(path)
				n++
			}
			return nil
		})
		if n == 0 {
			problems = append(problems, loc.T("aggregate.noFiles", p))
		}
	}
	return files, problems
}
