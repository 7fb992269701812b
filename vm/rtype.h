// rtype.h — RType, the VM's run-time type descriptor (the twin of Go's
// runtime._type / reflect.rtype plus its uncommon type), and Itab.
//
// The loader builds exactly one RType per distinct Go type of the program
// (types identical in Go's sense share one RType), so type identity at run
// time is pointer equality: a type switch or type assertion compares RType
// pointers. RTypes live for the program's life and are never heap objects.
//
// Memory layout of Go values (identical in heap objects, globals and VM
// frames; Go's amd64 layout):
//   bool, int8, uint8            1 byte     int16, uint16     2 bytes
//   int32, uint32, float32       4 bytes    int, int64, uint, uint64, uintptr,
//   float64, complex64           8 bytes        pointer, map, chan, func   8 bytes
//   complex128 = {re, im float64}             16 bytes
//   string    = {const uint8_t* ptr; int64_t len}          16 bytes (ptr may point to static data)
//   slice     = {void* ptr; int64_t len; int64_t cap}      24 bytes
//   interface = {const Itab* tab; void* data}              16 bytes (tab == nullptr: nil interface)
//   map       = hmap*  (vm/map.h)          chan = hchan* (later issue)
//   func      = Closure* (vm/value.h): {const Function* fn; captured variable pointers...}
//   struct    = fields at their Go offsets (aligned to the field's align), size rounded up to align
//   array     = len elements of elem's size, no padding between them
//
// Interfaces: every interface value, empty or not, holds an Itab (one per
// (interface type, concrete type) pair, built by the loader or on demand by
// assertions and cached); the dynamic type is tab->type. The data word is
// always a pointer, as in Go: for pointer-shaped types (pointer, map, chan,
// func, unsafe.Pointer) it is the value itself, otherwise a pointer to an
// immutable heap box (or to static data) holding a copy of the value.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "runtime/type.h"

namespace gomini::vm {

struct Function;  // vm/bytecode program: a compiled function
struct RType;

// reflect.Kind's order and names.
enum class Kind : uint8_t {
    Invalid, Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr,
    Float32, Float64, Complex64, Complex128, Array, Chan, Func, Interface, Map, Pointer, Slice, String,
    Struct, UnsafePointer,
};

struct StructField {
    std::string name;          // "" never: embedded fields carry their type's name
    const RType* type = nullptr;
    uint32_t offset = 0;       // bytes from the start of the struct
    bool embedded = false;
    bool exported = false;
};

// A method of a concrete type's method set, sorted by name (exported first
// is NOT Go's order: plain byte order of the name, as Go's sorted method tables).
struct Method {
    std::string name;
    std::string pkgPath;        // for unexported names: the defining package's path
    const RType* mtyp = nullptr;  // the method's signature without receiver (a Func RType)
    // The code called through an itab: it takes the receiver as the interface
    // data word (a pointer for pointer-shaped or boxed receivers), i.e. a
    // wrapper that loads *box for value receivers of non-pointer-shaped types.
    const Function* ifn = nullptr;
};

// A method of an interface type, sorted by name.
struct IMethod {
    std::string name;
    std::string pkgPath;
    const RType* mtyp = nullptr;
};

struct RType {
    Kind kind = Kind::Invalid;
    uint32_t size = 0;
    uint32_t align = 1;
    rt::TypeDesc gc;        // size/ptrdata/gcdata for the heap (gc.name == str.c_str())
    std::string str;        // the type as %T prints it: "int", "main.T", "[]string", "map[string]int", "*main.T"
    std::string name;       // named types: "T"; "" otherwise (predeclared types: "int")
    std::string pkgPath;    // named types declared in a package: "main"; "" for predeclared
    bool named = false;
    bool comparable = false;  // == is defined (Go's rules) — hashable as a map key
    bool pointerShaped = false;  // stored directly in an interface's data word

    const RType* elem = nullptr;  // Array, Chan, Map (value), Pointer, Slice
    const RType* key = nullptr;   // Map
    int64_t len = 0;              // Array
    uint8_t chanDir = 3;          // Chan: 1 recv-only, 2 send-only, 3 both
    std::vector<StructField> fields;         // Struct
    std::vector<const RType*> in, out;       // Func: parameter and result types
    bool variadic = false;                   // Func
    std::vector<IMethod> imethods;           // Interface
    std::vector<Method> methods;             // the method set of this type (for *T: T's and *T's)
    const RType* ptrToThis = nullptr;        // *T when the program has it (for method lookup and %v of &T)

    // Methods, by name; nullptr if absent. Binary search over the sorted table.
    const Method* findMethod(const std::string& name) const;
};

// The dispatch table of one (interface, concrete type) pair.
struct Itab {
    const RType* inter = nullptr;  // the interface type
    const RType* type = nullptr;   // the dynamic type
    uint32_t hash = 0;             // a copy of the type's hash, for type switches
    std::vector<const Function*> fun;  // inter->imethods[i] is implemented by fun[i] (an Method::ifn)
};

// Go's interface value layout.
struct Iface {
    const Itab* tab;
    void* data;
};
static_assert(sizeof(Iface) == 16);

struct GoString {
    const uint8_t* ptr;
    int64_t len;
};
static_assert(sizeof(GoString) == 16);

struct GoSlice {
    void* ptr;
    int64_t len;
    int64_t cap;
};
static_assert(sizeof(GoSlice) == 24);

// Equality and hashing of values of a comparable type t, by t's structure
// (memequal for plain memory, string compare, float ==, interface dynamic
// compare). Comparing interfaces whose dynamic type is not comparable throws
// the run-time error "comparing uncomparable type T" (hash: "hash of
// unhashable type T"), as Go panics. Implemented in vm/typealg.cpp.
bool valuesEqual(const RType* t, const void* a, const void* b);
uint64_t valueHash(const RType* t, const void* p, uint64_t seed);

}  // namespace gomini::vm
