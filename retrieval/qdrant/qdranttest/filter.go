package qdranttest

import (
	"slices"
	"strings"

	"github.com/qdrant/go-client/qdrant"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/status"
)

// matches reports whether pt passes f (a nil filter passes everything):
// all of must, at least one of should (when any), none of must_not.
func matches(f *qdrant.Filter, pt *point) (bool, error) {
	if f == nil {
		return true, nil
	}
	for _, c := range f.GetMust() {
		if m, err := condition(c, pt); err != nil || !m {
			return false, err
		}
	}
	for _, c := range f.GetMustNot() {
		if m, err := condition(c, pt); err != nil || m {
			return false, err
		}
	}
	if len(f.GetShould()) > 0 {
		found := false
		for _, c := range f.GetShould() {
			m, err := condition(c, pt)
			if err != nil {
				return false, err
			}
			found = found || m
		}
		if !found {
			return false, nil
		}
	}
	if ms := f.GetMinShould(); ms != nil {
		n := 0
		for _, c := range ms.GetConditions() {
			m, err := condition(c, pt)
			if err != nil {
				return false, err
			}
			if m {
				n++
			}
		}
		return uint64(n) >= ms.GetMinCount(), nil
	}
	return true, nil
}

func condition(c *qdrant.Condition, pt *point) (bool, error) {
	switch x := c.GetConditionOneOf().(type) {
	case *qdrant.Condition_Field:
		return fieldCondition(x.Field, pt)
	case *qdrant.Condition_Filter:
		return matches(x.Filter, pt)
	case *qdrant.Condition_HasId:
		k := idKey(pt.id)
		return slices.ContainsFunc(x.HasId.GetHasId(), func(id *qdrant.PointId) bool { return idKey(id) == k }), nil
	case *qdrant.Condition_IsEmpty:
		vs := values(pt.payload, x.IsEmpty.GetKey())
		return len(vs) == 0, nil
	case *qdrant.Condition_IsNull:
		vs := values(pt.payload, x.IsNull.GetKey())
		return len(vs) == 1 && isNull(vs[0]), nil
	}
	return false, status.Errorf(codes.Unimplemented, "qdranttest: condition %T", c.GetConditionOneOf())
}

// values returns the values at a dotted key, lists flattened; none when the
// key is missing.
func values(payload map[string]*qdrant.Value, key string) []*qdrant.Value {
	parts := strings.Split(key, ".")
	cur := []*qdrant.Value{{Kind: &qdrant.Value_StructValue{StructValue: &qdrant.Struct{Fields: payload}}}}
	for _, p := range parts {
		var next []*qdrant.Value
		for _, v := range cur {
			if f, ok := v.GetStructValue().GetFields()[p]; ok {
				next = append(next, f)
			}
		}
		cur = next
	}
	var out []*qdrant.Value
	for _, v := range cur {
		if l, ok := v.GetKind().(*qdrant.Value_ListValue); ok {
			out = append(out, l.ListValue.GetValues()...)
		} else {
			out = append(out, v)
		}
	}
	return out
}

func isNull(v *qdrant.Value) bool {
	_, ok := v.GetKind().(*qdrant.Value_NullValue)
	return ok
}

// fieldCondition: a payload field matches when any of its values does.
func fieldCondition(fc *qdrant.FieldCondition, pt *point) (bool, error) {
	vs := values(pt.payload, fc.GetKey())
	switch {
	case fc.GetMatch() != nil:
		return anyValue(vs, func(v *qdrant.Value) (bool, error) { return match(fc.GetMatch(), v) })
	case fc.GetRange() != nil:
		return anyValue(vs, func(v *qdrant.Value) (bool, error) { return inRange(fc.GetRange(), v), nil })
	case fc.IsEmpty != nil:
		return (len(vs) == 0) == fc.GetIsEmpty(), nil
	case fc.IsNull != nil:
		return (len(vs) == 1 && isNull(vs[0])) == fc.GetIsNull(), nil
	}
	return false, status.Errorf(codes.Unimplemented, "qdranttest: field condition on %q", fc.GetKey())
}

func anyValue(vs []*qdrant.Value, f func(*qdrant.Value) (bool, error)) (bool, error) {
	for _, v := range vs {
		m, err := f(v)
		if err != nil || m {
			return m, err
		}
	}
	return false, nil
}

func match(m *qdrant.Match, v *qdrant.Value) (bool, error) {
	s, isStr := v.GetKind().(*qdrant.Value_StringValue)
	n, isInt := v.GetKind().(*qdrant.Value_IntegerValue)
	switch x := m.GetMatchValue().(type) {
	case *qdrant.Match_Keyword:
		return isStr && s.StringValue == x.Keyword, nil
	case *qdrant.Match_Keywords:
		return isStr && slices.Contains(x.Keywords.GetStrings(), s.StringValue), nil
	case *qdrant.Match_ExceptKeywords:
		return isStr && !slices.Contains(x.ExceptKeywords.GetStrings(), s.StringValue), nil
	case *qdrant.Match_Integer:
		return isInt && n.IntegerValue == x.Integer, nil
	case *qdrant.Match_Integers:
		return isInt && slices.Contains(x.Integers.GetIntegers(), n.IntegerValue), nil
	case *qdrant.Match_Boolean:
		b, ok := v.GetKind().(*qdrant.Value_BoolValue)
		return ok && b.BoolValue == x.Boolean, nil
	}
	return false, status.Errorf(codes.Unimplemented, "qdranttest: match %T", m.GetMatchValue())
}

// inRange reports whether a numeric value lies in r.
func inRange(r *qdrant.Range, v *qdrant.Value) bool {
	var x float64
	switch k := v.GetKind().(type) {
	case *qdrant.Value_IntegerValue:
		x = float64(k.IntegerValue)
	case *qdrant.Value_DoubleValue:
		x = k.DoubleValue
	default:
		return false
	}
	return (r.Lt == nil || x < r.GetLt()) && (r.Lte == nil || x <= r.GetLte()) &&
		(r.Gt == nil || x > r.GetGt()) && (r.Gte == nil || x >= r.GetGte())
}
