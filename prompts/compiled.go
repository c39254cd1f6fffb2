package prompts

import (
	"bytes"
	"errors"
	"reflect"
	"strconv"
	"strings"
	"sync/atomic"
	"text/template"
	"text/template/parse"
)

// The answer templates are executed by closures compiled from their
// parse trees: text/template looks every field up by name, calls every
// function through reflection and boxes every value it passes, which was
// a sixth of a chat turn's CPU. The closures read a field by its index,
// remembered for the last type seen, and call the package's functions
// directly. They handle what the templates use: text, fields, variables,
// if, with, range over a slice, template, the functions of funcs and eq,
// ne, not, and, or, len. A template using anything else is not compiled,
// and any value the closures do not handle (a method, a map, a named
// type that fmt would print otherwise, a nil pointer) makes Render run
// text/template instead, so that every answer and every error stays the
// one text/template gives (compiled_test.go checks them against it).

// errFallback is what a compiled template returns for what it does not
// handle: text/template runs instead.
var errFallback = errors.New("prompts: not compiled")

// value is a template value: a string or an int made by the closures
// (not boxed in a reflect.Value), or a reflect.Value read from the data.
type value struct {
	kind valueKind
	s    string
	i    int
	r    reflect.Value
}

type valueKind uint8

const (
	reflected valueKind = iota
	stringValue
	intValue
	boolValue // i is 0 or 1
)

func str(s string) value { return value{kind: stringValue, s: s} }

// exec is one execution: the output and the variables' slots.
type exec struct {
	w    *bytes.Buffer
	vars []value
}

// renderer writes a template's output for dot.
type renderer func(x *exec, dot value) error

// evaluator computes a value for dot.
type evaluator func(x *exec, dot value) (value, error)

// compiled is one language's templates, by name, and how many variable
// slots each needs.
type compiled struct {
	byName map[string]*compiledTemplate
}

type compiledTemplate struct {
	run   renderer
	slots int
}

// compileSet compiles every template of t it can; the others are left to
// text/template.
func compileSet(t *template.Template) *compiled {
	c := &compiled{byName: map[string]*compiledTemplate{}}
	for _, tt := range t.Templates() {
		c.compileNamed(t, tt.Name(), map[string]bool{})
	}
	return c
}

// compileNamed compiles template name (and the templates it calls), or
// leaves it out when it uses what the closures do not handle.
func (c *compiled) compileNamed(t *template.Template, name string, busy map[string]bool) *compiledTemplate {
	if ct, ok := c.byName[name]; ok {
		return ct
	}
	tt := t.Lookup(name)
	if tt == nil || tt.Tree == nil || busy[name] { // recursion is left to text/template
		return nil
	}
	busy[name] = true
	defer delete(busy, name)
	cc := &compiler{set: c, t: t, busy: busy}
	cc.scope = []string{"$"}
	run, err := cc.list(tt.Tree.Root)
	if err != nil {
		return nil
	}
	ct := &compiledTemplate{run: run, slots: cc.maxSlots}
	c.byName[name] = ct
	return ct
}

// execute runs ct with data into w.
func (ct *compiledTemplate) execute(w *bytes.Buffer, data any) error {
	x := exec{w: w, vars: make([]value, max(ct.slots, 1))}
	dot := value{r: reflect.ValueOf(data)}
	x.vars[0] = dot
	return ct.run(&x, dot)
}

// compiler compiles one template: scope names its variables' slots.
type compiler struct {
	set      *compiled
	t        *template.Template
	busy     map[string]bool
	scope    []string // slot i holds variable scope[i]
	maxSlots int
}

var errUnsupported = errors.New("unsupported template construct")

func (cc *compiler) declare(name string) int {
	cc.scope = append(cc.scope, name)
	cc.maxSlots = max(cc.maxSlots, len(cc.scope))
	return len(cc.scope) - 1
}

func (cc *compiler) lookup(name string) (int, error) {
	for i := len(cc.scope) - 1; i >= 0; i-- {
		if cc.scope[i] == name {
			return i, nil
		}
	}
	return 0, errUnsupported
}

func (cc *compiler) list(l *parse.ListNode) (renderer, error) {
	if l == nil {
		return func(*exec, value) error { return nil }, nil
	}
	parts := make([]renderer, 0, len(l.Nodes))
	for _, n := range l.Nodes {
		r, err := cc.node(n)
		if err != nil {
			return nil, err
		}
		parts = append(parts, r)
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return func(x *exec, dot value) error {
		for _, p := range parts {
			if err := p(x, dot); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

func (cc *compiler) node(n parse.Node) (renderer, error) {
	switch n := n.(type) {
	case *parse.TextNode:
		text := string(n.Text)
		return func(x *exec, _ value) error { x.w.WriteString(text); return nil }, nil
	case *parse.ActionNode:
		pipe, slots, err := cc.pipe(n.Pipe)
		if err != nil {
			return nil, err
		}
		if len(slots) > 0 { // a declaration prints nothing
			return func(x *exec, dot value) error {
				v, err := pipe(x, dot)
				if err != nil {
					return err
				}
				x.vars[slots[0]] = v
				return nil
			}, nil
		}
		return func(x *exec, dot value) error {
			v, err := pipe(x, dot)
			if err != nil {
				return err
			}
			return x.print(v)
		}, nil
	case *parse.IfNode:
		return cc.branch(&n.BranchNode, false)
	case *parse.WithNode:
		return cc.branch(&n.BranchNode, true)
	case *parse.RangeNode:
		return cc.rangeNode(n)
	case *parse.TemplateNode:
		return cc.template(n)
	}
	return nil, errUnsupported
}

// branch compiles if (with false) and with: the pipeline's variables are
// in scope in both lists, and end with them.
func (cc *compiler) branch(n *parse.BranchNode, with bool) (renderer, error) {
	mark := len(cc.scope)
	defer func() { cc.scope = cc.scope[:mark] }()
	pipe, slots, err := cc.pipe(n.Pipe)
	if err != nil {
		return nil, err
	}
	then, otherwise, err := cc.lists(n.List, n.ElseList)
	if err != nil {
		return nil, err
	}
	return func(x *exec, dot value) error {
		v, err := pipe(x, dot)
		if err != nil {
			return err
		}
		if len(slots) > 0 {
			x.vars[slots[0]] = v
		}
		ok, err := truth(v)
		if err != nil {
			return err
		}
		if !ok {
			return otherwise(x, dot)
		}
		if with {
			dot = v
		}
		return then(x, dot)
	}, nil
}

// lists compiles the lists of an if, with or range, each seeing the
// variables in scope before it, not those the other declares.
func (cc *compiler) lists(body, otherwise *parse.ListNode) (renderer, renderer, error) {
	mark := len(cc.scope)
	b, err := cc.list(body)
	if err != nil {
		return nil, nil, err
	}
	cc.scope = cc.scope[:mark]
	o, err := cc.list(otherwise)
	return b, o, err
}

// rangeNode compiles range over a slice or an array.
func (cc *compiler) rangeNode(n *parse.RangeNode) (renderer, error) {
	mark := len(cc.scope)
	defer func() { cc.scope = cc.scope[:mark] }()
	if n.Pipe.IsAssign || len(n.Pipe.Decl) > 2 {
		return nil, errUnsupported
	}
	pipe, err := cc.commands(n.Pipe.Cmds)
	if err != nil {
		return nil, err
	}
	slots := make([]int, len(n.Pipe.Decl))
	for i, d := range n.Pipe.Decl {
		slots[i] = cc.declare(d.Ident[0])
	}
	body, otherwise, err := cc.lists(n.List, n.ElseList)
	if err != nil {
		return nil, err
	}
	return func(x *exec, dot value) error {
		v, err := pipe(x, dot)
		if err != nil {
			return err
		}
		r := v.r
		if v.kind != reflected || !r.IsValid() || (r.Kind() != reflect.Slice && r.Kind() != reflect.Array) {
			return errFallback
		}
		for _, slot := range slots { // as text/template declares them
			x.vars[slot] = v
		}
		if r.Len() == 0 {
			return otherwise(x, dot)
		}
		for i := range r.Len() {
			elem := value{r: r.Index(i)}
			switch len(slots) {
			case 1:
				x.vars[slots[0]] = elem
			case 2:
				x.vars[slots[0]] = value{kind: intValue, i: i}
				x.vars[slots[1]] = elem
			}
			if err := body(x, elem); err != nil {
				return err
			}
		}
		return nil
	}, nil
}

func (cc *compiler) template(n *parse.TemplateNode) (renderer, error) {
	called := cc.set.compileNamed(cc.t, n.Name, cc.busy)
	if called == nil {
		return nil, errUnsupported
	}
	var pipe evaluator
	if n.Pipe != nil {
		var err error
		if pipe, _, err = cc.pipe(n.Pipe); err != nil {
			return nil, err
		}
	}
	return func(x *exec, dot value) error {
		arg := value{}
		if pipe != nil {
			var err error
			if arg, err = pipe(x, dot); err != nil {
				return err
			}
		}
		// Its own variables: $ is the argument.
		inner := exec{w: x.w, vars: make([]value, max(called.slots, 1))}
		inner.vars[0] = arg
		return called.run(&inner, arg)
	}, nil
}

// pipe compiles a pipeline; slots are the variables it declares, in
// scope from now on.
func (cc *compiler) pipe(p *parse.PipeNode) (evaluator, []int, error) {
	if p.IsAssign || len(p.Decl) > 1 {
		return nil, nil, errUnsupported
	}
	ev, err := cc.commands(p.Cmds)
	if err != nil {
		return nil, nil, err
	}
	var slots []int
	for _, d := range p.Decl {
		slots = append(slots, cc.declare(d.Ident[0]))
	}
	return ev, slots, nil
}

// commands compiles a pipeline's commands: each but the first gets the
// value of the one before as its last argument.
func (cc *compiler) commands(cmds []*parse.CommandNode) (evaluator, error) {
	var prev evaluator
	for _, c := range cmds {
		ev, err := cc.command(c, prev)
		if err != nil {
			return nil, err
		}
		prev = ev
	}
	if prev == nil {
		return nil, errUnsupported
	}
	return prev, nil
}

func (cc *compiler) command(c *parse.CommandNode, piped evaluator) (evaluator, error) {
	first := c.Args[0]
	if id, ok := first.(*parse.IdentifierNode); ok {
		args := make([]evaluator, 0, len(c.Args))
		for _, a := range c.Args[1:] {
			ev, err := cc.arg(a)
			if err != nil {
				return nil, err
			}
			args = append(args, ev)
		}
		if piped != nil {
			args = append(args, piped)
		}
		return cc.call(id.Ident, args)
	}
	if len(c.Args) > 1 || piped != nil { // a field or a constant takes no argument
		return nil, errUnsupported
	}
	return cc.arg(first)
}

// arg compiles an operand.
func (cc *compiler) arg(n parse.Node) (evaluator, error) {
	switch n := n.(type) {
	case *parse.DotNode:
		return func(_ *exec, dot value) (value, error) { return dot, nil }, nil
	case *parse.FieldNode:
		return fieldChain(func(_ *exec, dot value) (value, error) { return dot, nil }, n.Ident), nil
	case *parse.VariableNode:
		slot, err := cc.lookup(n.Ident[0])
		if err != nil {
			return nil, err
		}
		return fieldChain(func(x *exec, _ value) (value, error) { return x.vars[slot], nil }, n.Ident[1:]), nil
	case *parse.StringNode:
		v := str(n.Text)
		return func(*exec, value) (value, error) { return v, nil }, nil
	case *parse.NumberNode:
		if !n.IsInt || strings.ContainsAny(n.Text, ".eEpP'") || strings.HasPrefix(n.Text, "0x") || strings.HasPrefix(n.Text, "0X") {
			return nil, errUnsupported
		}
		v := value{kind: intValue, i: int(n.Int64)}
		return func(*exec, value) (value, error) { return v, nil }, nil
	case *parse.BoolNode:
		v := value{kind: boolValue}
		if n.True {
			v.i = 1
		}
		return func(*exec, value) (value, error) { return v, nil }, nil
	case *parse.PipeNode:
		if len(n.Decl) > 0 {
			return nil, errUnsupported
		}
		return cc.commands(n.Cmds)
	}
	return nil, errUnsupported
}

// fieldChain reads the fields names of what base gives.
func fieldChain(base evaluator, names []string) evaluator {
	ev := base
	for _, name := range names {
		prev, site := ev, &fieldSite{name: name}
		ev = func(x *exec, dot value) (value, error) {
			v, err := prev(x, dot)
			if err != nil {
				return value{}, err
			}
			return site.read(v)
		}
	}
	return ev
}

// fieldSite is one field read of a template, remembering the field's
// index in the last struct type it read it from.
type fieldSite struct {
	name string
	last atomic.Pointer[fieldOf]
}

type fieldOf struct {
	t      reflect.Type
	index  int  // of the field, or of the method
	method bool // a method of t taking nothing and giving one value
}

// read returns field or method name of v, a struct or a pointer to one.
// What else text/template does (a map, a method of the pointer, a method
// with arguments or an error, an embedded field, an interface) falls
// back.
func (s *fieldSite) read(v value) (value, error) {
	r := v.r
	if v.kind == reflected && r.Kind() == reflect.Pointer && !r.IsNil() {
		r = r.Elem()
	}
	if v.kind != reflected || !r.IsValid() || r.Kind() != reflect.Struct {
		return value{}, errFallback
	}
	t := r.Type()
	f := s.last.Load()
	if f == nil || f.t != t {
		if f = lookupField(t, s.name); f == nil {
			return value{}, errFallback
		}
		s.last.Store(f)
	}
	var out reflect.Value
	if f.method {
		out = r.Method(f.index).Call(nil)[0]
	} else {
		out = r.Field(f.index)
	}
	if out.Kind() == reflect.Interface {
		return value{}, errFallback
	}
	return value{r: out}, nil
}

// lookupField finds name in struct type t, or returns nil when
// text/template would find something else (or nothing).
func lookupField(t reflect.Type, name string) *fieldOf {
	if _, ptrMethod := reflect.PointerTo(t).MethodByName(name); ptrMethod {
		m, ok := t.MethodByName(name)
		if !ok || m.Type.NumIn() != 1 || m.Type.NumOut() != 1 {
			return nil
		}
		return &fieldOf{t: t, index: m.Index, method: true}
	}
	sf, ok := t.FieldByName(name)
	if !ok || len(sf.Index) != 1 || !sf.IsExported() {
		return nil
	}
	return &fieldOf{t: t, index: sf.Index[0]}
}

var stringType = reflect.TypeFor[string]()

// text returns v as a string argument of a function: a string, not a
// named string type, which text/template refuses.
func (v value) text() (string, bool) {
	switch {
	case v.kind == stringValue:
		return v.s, true
	case v.kind == reflected && v.r.IsValid() && v.r.Type() == stringType:
		return v.r.String(), true
	}
	return "", false
}

// print writes v as text/template does, for a string, an integer, a
// bool or a float of a type without methods (fmt would call a String
// method).
func (x *exec) print(v value) error {
	switch v.kind {
	case stringValue:
		x.w.WriteString(v.s)
		return nil
	case intValue:
		x.w.Write(strconv.AppendInt(x.w.AvailableBuffer(), int64(v.i), 10))
		return nil
	case boolValue:
		x.w.WriteString(strconv.FormatBool(v.i != 0))
		return nil
	}
	r := v.r
	if !r.IsValid() || r.Type().NumMethod() > 0 {
		return errFallback
	}
	switch r.Kind() {
	case reflect.String:
		x.w.WriteString(r.String())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		x.w.Write(strconv.AppendInt(x.w.AvailableBuffer(), r.Int(), 10))
	case reflect.Bool:
		x.w.WriteString(strconv.FormatBool(r.Bool()))
	case reflect.Float64, reflect.Float32: // fmt's %v
		x.w.Write(strconv.AppendFloat(x.w.AvailableBuffer(), r.Float(), 'g', -1, r.Type().Bits()))
	default:
		return errFallback
	}
	return nil
}

// truth is text/template's: a value is false when it is its type's zero
// or empty.
func truth(v value) (bool, error) {
	switch v.kind {
	case stringValue:
		return v.s != "", nil
	case intValue, boolValue:
		return v.i != 0, nil
	}
	r := v.r
	if !r.IsValid() {
		return false, nil
	}
	switch r.Kind() {
	case reflect.Array, reflect.Map, reflect.Slice, reflect.String:
		return r.Len() > 0, nil
	case reflect.Bool:
		return r.Bool(), nil
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return r.Int() != 0, nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return r.Uint() != 0, nil
	case reflect.Float32, reflect.Float64:
		return r.Float() != 0, nil
	case reflect.Struct:
		return true, nil
	case reflect.Pointer, reflect.Interface, reflect.Chan, reflect.Func:
		return !r.IsNil(), nil
	}
	return false, errFallback
}

// basic returns v as a string, an int or a bool to compare, by kind as
// text/template's eq compares them.
func (v value) basic() (kind valueKind, s string, i int64, ok bool) {
	switch v.kind {
	case stringValue:
		return stringValue, v.s, 0, true
	case intValue, boolValue:
		return v.kind, "", int64(v.i), true
	}
	r := v.r
	if !r.IsValid() {
		return 0, "", 0, false
	}
	switch r.Kind() {
	case reflect.String:
		return stringValue, r.String(), 0, true
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return intValue, "", r.Int(), true
	case reflect.Bool:
		if r.Bool() {
			return boolValue, "", 1, true
		}
		return boolValue, "", 0, true
	}
	return 0, "", 0, false
}

// equal is eq for two strings, two ints or two bools; anything else
// falls back.
func equal(a, b value) (bool, error) {
	ka, sa, ia, ok1 := a.basic()
	kb, sb, ib, ok2 := b.basic()
	if !ok1 || !ok2 || ka != kb {
		return false, errFallback
	}
	if ka == stringValue {
		return sa == sb, nil
	}
	return ia == ib, nil
}

func boolOf(b bool) value {
	if b {
		return value{kind: boolValue, i: 1}
	}
	return value{kind: boolValue}
}

// stringFuncs are the funcs taking and giving strings.
var stringFuncs = map[string]func(string) string{
	"le": frDefinite, "du": frOf, "cap": capitalize, "de": frDe, "etablit": frEstablishes,
}

var stringPairFuncs = map[string]func(string, string) string{
	"trimPrefix": strings.TrimPrefix,
}

var stringSliceType = reflect.TypeFor[[]string]()

// call compiles a call of function name with args.
func (cc *compiler) call(name string, args []evaluator) (evaluator, error) {
	if f, ok := stringFuncs[name]; ok && len(args) == 1 {
		a := args[0]
		return func(x *exec, dot value) (value, error) {
			v, err := a(x, dot)
			if err != nil {
				return value{}, err
			}
			s, ok := v.text()
			if !ok {
				return value{}, errFallback
			}
			return str(f(s)), nil
		}, nil
	}
	if f, ok := stringPairFuncs[name]; ok && len(args) == 2 {
		return func(x *exec, dot value) (value, error) {
			s, err := textArgs(x, dot, args)
			if err != nil {
				return value{}, err
			}
			return str(f(s[0], s[1])), nil
		}, nil
	}
	switch {
	case name == "hasPrefix" && len(args) == 2:
		return func(x *exec, dot value) (value, error) {
			s, err := textArgs(x, dot, args)
			if err != nil {
				return value{}, err
			}
			return boolOf(strings.HasPrefix(s[0], s[1])), nil
		}, nil
	case name == "join" && len(args) == 2:
		return func(x *exec, dot value) (value, error) {
			list, err := args[0](x, dot)
			if err != nil {
				return value{}, err
			}
			sepv, err := args[1](x, dot)
			if err != nil {
				return value{}, err
			}
			sep, ok := sepv.text()
			if !ok || list.kind != reflected || !list.r.IsValid() || list.r.Type() != stringSliceType {
				return value{}, errFallback
			}
			return str(strings.Join(list.r.Interface().([]string), sep)), nil
		}, nil
	case (name == "eq" || name == "ne") && len(args) >= 2:
		ne := name == "ne"
		if ne && len(args) != 2 {
			return nil, errUnsupported
		}
		return func(x *exec, dot value) (value, error) {
			var vs [4]value // text/template evaluates them all first
			if len(args) > len(vs) {
				return value{}, errFallback
			}
			for i, arg := range args {
				var err error
				if vs[i], err = arg(x, dot); err != nil {
					return value{}, err
				}
			}
			a := vs[0]
			for _, b := range vs[1:len(args)] {
				same, err := equal(a, b)
				if err != nil {
					return value{}, err
				}
				if same {
					return boolOf(!ne), nil
				}
			}
			return boolOf(ne), nil
		}, nil
	case name == "not" && len(args) == 1:
		return func(x *exec, dot value) (value, error) {
			v, err := args[0](x, dot)
			if err != nil {
				return value{}, err
			}
			t, err := truth(v)
			return boolOf(!t), err
		}, nil
	case (name == "and" || name == "or") && len(args) >= 1:
		and := name == "and"
		return func(x *exec, dot value) (value, error) {
			var v value
			for i, arg := range args {
				var err error
				if v, err = arg(x, dot); err != nil {
					return value{}, err
				}
				t, err := truth(v)
				if err != nil {
					return value{}, err
				}
				if i < len(args)-1 && t != and { // and stops at the first false, or at the first true
					return v, nil
				}
			}
			return v, nil
		}, nil
	case name == "len" && len(args) == 1:
		return func(x *exec, dot value) (value, error) {
			v, err := args[0](x, dot)
			if err != nil {
				return value{}, err
			}
			switch {
			case v.kind == stringValue:
				return value{kind: intValue, i: len(v.s)}, nil
			case v.kind == reflected && v.r.IsValid():
				switch v.r.Kind() {
				case reflect.Array, reflect.Map, reflect.Slice, reflect.String, reflect.Chan:
					return value{kind: intValue, i: v.r.Len()}, nil
				}
			}
			return value{}, errFallback
		}, nil
	}
	return nil, errUnsupported
}

// textArgs evaluates args, every one a string.
func textArgs(x *exec, dot value, args []evaluator) ([2]string, error) {
	var out [2]string
	for i, a := range args {
		v, err := a(x, dot)
		if err != nil {
			return out, err
		}
		s, ok := v.text()
		if !ok {
			return out, errFallback
		}
		out[i] = s
	}
	return out, nil
}
