package cli

import (
	"errors"
	"io"
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

// regionOutput is what `eis region` prints.
var regionOutput = outputSpec{formats: render.RegionFormats, def: render.FormatText, schema: "region", stem: "region"}

// NewCmdRegion builds `eis region REGION`: the region's peer review.
func NewCmdRegion(f *Factory, runF func(*RegionOptions) error) *cobra.Command {
	opts := &RegionOptions{}
	hl := helpLocale(f)
	cmd := &cobra.Command{
		Use:     "region REGION [--format text|markdown|json|html] [--output FILE]",
		Short:   hl.T("help.region.short"),
		Long:    hl.T("help.region.long"),
		Example: hl.T("help.region.example"),
		// No region names the regions (a usage error, exit 2), as an
		// unknown one does: cobra's "accepts 1 arg(s), received 0" told an
		// advisor nothing of what to type (ux23, session 23).
		Args: usageArgs(maxArgs(1)),
		// The region IDs of the catalogue in effect, with their names.
		ValidArgsFunction: f.completeArgs(idRegion, 1),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.IO = f.IOStreams
			opts.Catalogue = f.Catalogue
			opts.Now = f.Now
			opts.Locale = f.Locale
			if len(args) == 1 {
				opts.Region = args[0]
			}
			if err := regionOutput.check(opts.Locale, opts.Format, opts.Output); err != nil {
				return err
			}
			if runF != nil {
				return runF(opts)
			}
			return regionRun(opts)
		},
	}
	regionOutput.add(cmd, f, &opts.Format, &opts.Output)
	return cmd
}

func regionRun(opts *RegionOptions) error {
	loc := opts.Locale
	cat, err := opts.Catalogue()
	if err != nil {
		return err
	}
	if opts.Region == "" {
		return &UsageError{Err: errors.New(loc.T("region.missing", strings.Join(region.Candidates(cat), ", ")))}
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
	return writeOutput(opts.IO, loc, opts.Output, func(w io.Writer, ro render.Options) error {
		return render.Region(w, rv, opts.Format, ro)
	})
}
