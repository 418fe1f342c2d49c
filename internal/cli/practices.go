package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/suggest"
	"github.com/spf13/cobra"
)

// NewCmdPractices builds `eis practices` with its subcommands list and show.
func NewCmdPractices(f *Factory) *cobra.Command {
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:   "practices",
		Short: hl.T("help.practices.short"),
		Long:  hl.T("help.practices.long"),
		Args:  usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(NewCmdPracticesList(f, nil), NewCmdPracticesShow(f, nil))
	return cmd
}

// PracticesListOptions are the inputs of `eis practices list`.
type PracticesListOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Locale    i18n.Locale

	// Regions, Dimensions and Stages filter the list; each keeps practices
	// that match any of its values, and all given filters must hold.
	Regions    []string
	Dimensions []string
	Stages     []string
	// Format is text, json or stats.
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
	// Now is the clock: the list says which programmes have ended or
	// close soon.
	Now func() time.Time
}

// practicesListOutput is what `eis practices list` prints.
var practicesListOutput = outputSpec{formats: render.ListFormats, def: render.FormatText, schema: "practices", stem: "practices"}

// practicesShowOutput is what `eis practices show` prints.
var practicesShowOutput = outputSpec{formats: render.ShowFormats, def: render.FormatText, schema: "practice", stem: "practice"}

// NewCmdPracticesList builds `eis practices list`.
func NewCmdPracticesList(f *Factory, runF func(*PracticesListOptions) error) *cobra.Command {
	opts := &PracticesListOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "list [--region R] [--dimension D] [--stage S] [--format text|json|stats]",
		Short:   hl.T("help.practices.list.short"),
		Example: hl.T("help.practices.list.example"),
		Args:    usageArgs(noArgs),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Locale = f.Locale
			opts.Now = f.Now
			if err := practicesListOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return practicesListRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringSliceVarP(&opts.Regions, "region", "r", nil, hl.T("help.practices.list.flag.region"))
	fl.StringSliceVarP(&opts.Dimensions, "dimension", "d", nil, hl.T("help.practices.list.flag.dimension"))
	fl.StringSliceVarP(&opts.Stages, "stage", "s", nil, hl.T("help.practices.list.flag.stage", strings.Join(catalogue.Stages, ", ")))
	_ = cmd.RegisterFlagCompletionFunc("region", f.completeList(idRegion, "region"))
	_ = cmd.RegisterFlagCompletionFunc("dimension", f.completeList(idDimension, "dimension"))
	_ = cmd.RegisterFlagCompletionFunc("stage", f.completeList(idStage, "stage"))
	practicesListOutput.add(cmd, f, &opts.Format, &opts.Output)
	return cmd
}

func practicesListRun(opts *PracticesListOptions) error {
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	var regions, dims []string
	for _, r := range cat.Regions {
		regions = append(regions, r.ID)
	}
	for _, d := range cat.Dimensions {
		dims = append(dims, d.ID)
	}
	for _, c := range []struct {
		flag   string
		given  []string
		choice []string
	}{
		{"--region", opts.Regions, regions},
		{"--dimension", opts.Dimensions, dims},
		{"--stage", opts.Stages, catalogue.Stages},
	} {
		for _, v := range c.given {
			if !slices.Contains(c.choice, v) {
				return valueError(c.flag, v, c.choice, opts.Locale.T("practices.filter.unknown", c.flag, v, strings.Join(c.choice, ", ")))
			}
		}
	}
	var out []*catalogue.Practice
	for _, p := range cat.Practices {
		if matchesAny(opts.Regions, p.Region) && overlaps(opts.Dimensions, p.Dimensions) && overlaps(opts.Stages, p.Stages) {
			out = append(out, p)
		}
	}
	if len(out) == 0 && opts.Format == render.FormatText {
		fmt.Fprintln(opts.IO.ErrOut, opts.Locale.T("practices.none"))
		return nil
	}
	return writeOutput(opts.IO, opts.Locale, opts.Output, func(w io.Writer, ro render.Options) error {
		if opts.Now != nil {
			ro.Today = opts.Now()
		}
		return render.PracticeList(w, cat, out, opts.Format, opts.Locale, ro)
	})
}

// matchesAny is true when filter is empty or holds v.
func matchesAny(filter []string, v string) bool {
	return len(filter) == 0 || slices.Contains(filter, v)
}

// overlaps is true when filter is empty or shares a value with vs.
func overlaps(filter, vs []string) bool {
	if len(filter) == 0 {
		return true
	}
	for _, v := range vs {
		if slices.Contains(filter, v) {
			return true
		}
	}
	return false
}

// PracticesShowOptions are the inputs of `eis practices show`.
type PracticesShowOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Locale    i18n.Locale

	// ID of the practice to show.
	ID string
	// Format is text or json (the catalogue entry with every language).
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
}

// NewCmdPracticesShow builds `eis practices show ID`.
func NewCmdPracticesShow(f *Factory, runF func(*PracticesShowOptions) error) *cobra.Command {
	opts := &PracticesShowOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "show ID",
		Short:   hl.T("help.practices.show.short"),
		Long:    hl.T("help.practices.show.long"),
		Example: hl.T("help.practices.show.example"),
		Args:    usageArgs(exactArgs(1)),
		// The practice IDs of the catalogue in effect, with their titles.
		ValidArgsFunction: f.completeArgs(idPractice, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Locale = f.Locale
			opts.ID = args[0]
			if err := practicesShowOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return practicesShowRun(opts)
		},
	}
	practicesShowOutput.add(cmd, f, &opts.Format, &opts.Output)
	return cmd
}

func practicesShowRun(opts *PracticesShowOptions) error {
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	p := cat.Practice(opts.ID)
	if p == nil {
		var ids []string
		for _, p := range cat.Practices {
			ids = append(ids, p.ID)
		}
		msg := opts.Locale.T("practices.unknown", opts.ID)
		if near := suggest.For(opts.ID, ids, 3); len(near) > 0 {
			msg += "\n" + opts.Locale.T("practices.didyoumean", strings.Join(near, ", "))
		}
		return fmt.Errorf("%s", msg)
	}
	return writeOutput(opts.IO, opts.Locale, opts.Output, func(w io.Writer, ro render.Options) error {
		return render.PracticeShow(w, cat, p, opts.Format, opts.Locale, ro)
	})
}
