package ingest

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// ErrBadMapping is wrapped by every error about a mapping file.
var ErrBadMapping = errors.New("bad table mapping")

// TableMapping says how one published table becomes indicator rows: which
// dataset and resource it is, where its header is, and where each field
// of the long format comes from. Every field but value, reported_by and
// source_url (set by the importer) comes from exactly one of Columns,
// Fixed and Wide.Field; publisher may come from none, the importer then
// naming the dataset's organisation.
type TableMapping struct {
	// Dataset is the portal's name (slug) of the dataset.
	Dataset string `yaml:"dataset"`
	// Resource is a resource's name or id; empty: every CSV or XLSX
	// resource of the dataset.
	Resource string `yaml:"resource,omitempty"`
	// Sheet names the XLSX sheet to read; empty: the first.
	Sheet string `yaml:"sheet,omitempty"`
	// HeaderRow is the line or sheet row holding the column names (1
	// when 0); the rows above it are skipped.
	HeaderRow int `yaml:"header_row,omitempty"`
	// Rows bounds the data rows read below the header (0: all), to leave
	// out the notes a table ends with.
	Rows int `yaml:"rows,omitempty"`
	// Columns maps a field to the header of the column holding it.
	Columns map[string]string `yaml:"columns,omitempty"`
	// Fixed maps a field to the value it has on every row.
	Fixed map[string]string `yaml:"fixed,omitempty"`
	// Value is the header of the column holding the figure, in a long
	// table; a wide table sets Wide instead.
	Value string       `yaml:"value,omitempty"`
	Wide  *WideColumns `yaml:"wide,omitempty"`
	// Recode maps a field to a table of cell texts (matched trimmed, case
	// ignored) and the value each stands for ("Femmes": female); a text
	// not in the table is kept as it is.
	Recode map[string]map[string]string `yaml:"recode,omitempty"`

	wide *regexp.Regexp
}

// WideColumns describes a wide table, one value column per period (or
// per region, sex…): each column whose header matches Columns gives one
// row per table row, its Field taken from the header (recoded as any
// cell). An empty cell there is no figure and gives no row.
type WideColumns struct {
	Field   string `yaml:"field"`
	Columns string `yaml:"columns"`
}

// mappedFields are the fields a mapping fills.
var mappedFields = []string{"indicator", "geo", "area", "sex", "age", "diploma", "period", "unit", "publisher"}

type mappingFile struct {
	Tables []TableMapping `yaml:"tables"`
}

// ReadTableMappings reads a mapping file, YAML or JSON, named name in
// errors: a list under "tables:" (see README, "Importing official
// tables"). It fails with ErrBadMapping on an unknown key, a field given
// twice or never, no value column, or a bad regular expression.
func ReadTableMappings(r io.Reader, name string) ([]TableMapping, error) {
	dec := yaml.NewDecoder(r)
	dec.KnownFields(true)
	var f mappingFile
	if err := dec.Decode(&f); err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrBadMapping, name, err)
	}
	if len(f.Tables) == 0 {
		return nil, fmt.Errorf("%w: %s lists no tables (want a list under \"tables:\", each with a dataset)", ErrBadMapping, name)
	}
	for i := range f.Tables {
		if err := f.Tables[i].check(); err != nil {
			return nil, fmt.Errorf("%w: %s: table %d (dataset %q): %v", ErrBadMapping, name, i+1, f.Tables[i].Dataset, err)
		}
	}
	return f.Tables, nil
}

// check validates m and compiles its wide columns' expression.
func (m *TableMapping) check() error {
	if m.Dataset == "" {
		return errors.New("no dataset")
	}
	if (m.Value == "") == (m.Wide == nil) {
		return errors.New("give either value (the column holding the figure) or wide (the columns holding figures), one of the two")
	}
	from := map[string]string{}
	claim := func(field, where string) error {
		if !slices.Contains(mappedFields, field) {
			return fmt.Errorf("%s: unknown field %q (want one of %s)", where, field, strings.Join(mappedFields, ", "))
		}
		if prev, ok := from[field]; ok {
			return fmt.Errorf("field %q is given by both %s and %s", field, prev, where)
		}
		from[field] = where
		return nil
	}
	for f := range m.Columns {
		if err := claim(f, "columns"); err != nil {
			return err
		}
	}
	for f := range m.Fixed {
		if err := claim(f, "fixed"); err != nil {
			return err
		}
	}
	if m.Wide != nil {
		if err := claim(m.Wide.Field, "wide"); err != nil {
			return err
		}
		re, err := regexp.Compile(m.Wide.Columns)
		if err != nil || m.Wide.Columns == "" {
			return fmt.Errorf("wide.columns %q is not a regular expression matching the value columns' headers", m.Wide.Columns)
		}
		m.wide = re
	}
	for _, f := range mappedFields {
		if _, ok := from[f]; !ok && f != "publisher" {
			return fmt.Errorf("field %q comes from nowhere: give it under columns, fixed or wide", f)
		}
	}
	for f := range m.Recode {
		if !slices.Contains(mappedFields, f) {
			return fmt.Errorf("recode: unknown field %q", f)
		}
	}
	return nil
}

// Matches reports whether m maps the resource named or identified
// resource of dataset.
func (m TableMapping) Matches(dataset, resourceID, resourceName string) bool {
	return m.Dataset == dataset && (m.Resource == "" || m.Resource == resourceID || strings.EqualFold(m.Resource, resourceName))
}

// recode returns the value the text of a cell stands for in field.
func (m TableMapping) recode(field, text string) string {
	for k, v := range m.Recode[field] {
		if strings.EqualFold(strings.TrimSpace(k), text) {
			return v
		}
	}
	return text
}
