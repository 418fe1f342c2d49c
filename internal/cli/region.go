package cli

import (
	"bytes"
	"errors"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/iostreams"
	"github.com/eis-project/eis/internal/region"
	"github.com/eis-project/eis/internal/render"
	"github.com/eis-project/eis/internal/suggest"
	"github.com/spf13/cobra"
)

// RegionOptions are the inputs of `eis region`.
type RegionOptions struct {
	IO        *iostreams.IOStreams
	Catalogue func() (*catalogue.Catalogue, error)
	Now       func() time.Time
	Locale    i18n.Locale

	// Region is the ID of the region to review.
	Region string
	// Format is text, markdown, json or html.
	Format string
	// Output is the file to write to; empty means stdout.
	Output string
}

// NewCmdRegion builds `eis region REGION`: the region's peer review.
func NewCmdRegion(f *Factory, runF func(*RegionOptions) error) *cobra.Command {
	opts := &RegionOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "region REGION [--format text|markdown|json|html] [--output FILE]",
		Short:   hl.T("help.region.short"),
		Long:    hl.T("help.region.long"),
		Example: hl.T("help.region.example"),
		Args:    usageArgs(exactArgs(1)),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Now = f.Now
			opts.Locale = f.Locale
			opts.Region = args[0]
			if err := checkReportFormat(opts.Locale, opts.Format, render.RegionFormats); err != nil {
				return err
			}
			if err := checkOutputPath(opts.Locale, opts.Output, "region"+formatExt[opts.Format]); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return regionRun(opts)
		},
	}
	fl := cmd.Flags()
	fl.StringVarP(&opts.Format, "format", "f", render.FormatText, hl.T("help.region.flag.format", strings.Join(render.RegionFormats, ", ")))
	fl.StringVarP(&opts.Output, "output", "o", "", hl.T("help.region.flag.output"))
	return cmd
}

// checkReportFormat is a usage error for a format not in formats.
func checkReportFormat(loc i18n.Locale, format string, formats []string) error {
	for _, f := range formats {
		if f == format {
			return nil
		}
	}
	return valueError("--format", format, formats, loc.T("render.format.unknown", format, strings.Join(formats, ", ")))
}

func regionRun(opts *RegionOptions) error {
	loc := opts.Locale
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	rv, err := region.Build(cat, opts.Region, opts.Now())
	var unknown *region.ErrUnknown
	if errors.As(err, &unknown) {
		ids := region.Candidates(cat)
		ue := &UsageError{Err: errors.New(loc.T("region.unknown", opts.Region, strings.Join(ids, ", ")))}
		if near := suggest.For(opts.Region, ids, 1); len(near) > 0 {
			ue.Hint = didYouMean("eis region " + near[0])
		}
		return ue
	}
	if err != nil {
		return err
	}
	rv = render.LocalizeRegion(rv, cat, loc)
	ro := render.Options{Locale: loc, Width: render.DefaultWidth}
	if opts.Output == "" {
		ro = renderOptions(opts.IO)
		ro.Locale = loc
	}
	var buf bytes.Buffer
	if err := render.Region(&buf, rv, opts.Format, ro); err != nil {
		return err
	}
	return writeOutput(opts.IO, loc, opts.Output, buf.Bytes(), 0o644)
}
