package catalogue

import "io/fs"

// Open loads the embedded catalogue base and, when user is not nil, the
// user's catalogue folder: with replace it stands alone, otherwise it extends
// base, merged by ID, and each shadowed entry gives a notice.
func Open(base, user fs.FS, replace bool) (*Catalogue, Diagnostics, []Notice, error) {
	if user == nil {
		c, d, err := Load(base)
		return c, d, nil, err
	}
	if replace {
		c, d, err := Load(user)
		return c, d, nil, err
	}
	b, d, err := Load(base)
	if err != nil || b == nil {
		return nil, d, nil, err
	}
	u, d2, err := Load(user)
	if err != nil || u == nil {
		return nil, d2, nil, err
	}
	m, notices := Merge(b, u)
	return m, append(d, d2...), notices, nil
}
