// Enumerations unit tests: the class an enumeration block declares, and the
// functions Enumerations.h writes for it, each of which must parse alone.
#include <gtest/gtest.h>

#include <algorithm>
#include <deque>
#include <sstream>
#include <string>

#include "frontend/Parser.h"
#include "ir/ClassDefs.h"
#include "ir/Enumerations.h"

using namespace mcc;

namespace {

struct Declared {
  ASTContext ctx;
  std::unique_ptr<SourceFile> src;
  ir::ClassDecl decl;
  std::string diags;
  std::deque<Function> members;  // (enumerationMember's)
};

std::unique_ptr<Declared> declare(const std::string& name, const std::string& code) {
  auto d = std::make_unique<Declared>();
  d->src = std::make_unique<SourceFile>(name + ".m", code);
  std::ostringstream out;
  DiagnosticEngine diags(&out);
  const File* file = parseFile(*d->src, d->ctx, diags);
  if (file && file->classdef) d->decl = ir::declareClass(*file, diags);
  d->diags = out.str();
  return d;
}

// Each function's text parses into a file of exactly one function.
void expectAllParse(const std::vector<ir::EnumerationFunction>& fns) {
  for (const ir::EnumerationFunction& f : fns) {
    ASTContext ctx;
    SourceFile src("<" + f.name + ">", f.text);
    std::ostringstream out;
    DiagnosticEngine diags(&out);
    const File* file = parseFile(src, ctx, diags);
    EXPECT_TRUE(out.str().empty()) << f.name << "\n" << f.text << "\n" << out.str();
    ASSERT_NE(file, nullptr) << f.name;
    EXPECT_EQ(file->functions.size(), 1u) << f.name;
  }
}

const ir::EnumerationFunction* find(const std::vector<ir::EnumerationFunction>& fns, const std::string& name) {
  auto it = std::find_if(fns.begin(), fns.end(), [&](const auto& f) { return f.name == name; });
  return it == fns.end() ? nullptr : &*it;
}

// The two calls of NAME.M for the member k: NAME.new_(...) and NAME.tag_(...).
struct MemberCalls {
  const Function* f = nullptr;
  const IndexExpr *made = nullptr, *tagged = nullptr;
};

MemberCalls memberCalls(Declared& d, size_t k) {
  MemberCalls m;
  m.f = ir::enumerationMember(d.decl, k, d.ctx, d.members);
  EXPECT_EQ(m.f->body.size(), 2u);
  if (m.f->body.size() != 2) return m;
  m.made = static_cast<const IndexExpr*>(static_cast<const AssignStmt*>(m.f->body[0])->value);
  m.tagged = static_cast<const IndexExpr*>(static_cast<const AssignStmt*>(m.f->body[1])->value);
  return m;
}

}  // namespace

TEST(Enumerations, PlainMembersAreStaticMethodsThatKeepTheirPosition) {
  auto d = declare("Day", "classdef Day\n  enumeration\n    Mon, Tue\n    Wed\n  end\nend\n");
  ASSERT_TRUE(d->diags.empty()) << d->diags;
  ASSERT_EQ(d->decl.members.size(), 3u);
  EXPECT_EQ(d->decl.members[2].name, "Wed");
  EXPECT_TRUE(d->decl.enumBase.empty());
  ASSERT_NE(d->decl.property("EnumIndex_"), nullptr);
  EXPECT_EQ(d->decl.property("EnumValue_"), nullptr);
  auto fns = ir::enumerationFunctions(d->decl);
  expectAllParse(fns);
  const ir::EnumerationFunction* tag = find(fns, "tag_");
  ASSERT_NE(tag, nullptr);
  EXPECT_EQ(tag->kind, ir::EnumerationFunction::Static);
  EXPECT_NE(tag->text.find("EnumIndex_ = find(strcmp(names, name), 1)"), std::string::npos) << tag->text;
  // Day.Wed: obj = Day.new_(); obj = Day.tag_(obj, 'Wed'), at the member's place.
  MemberCalls wed = memberCalls(*d, 2);
  ASSERT_NE(wed.tagged, nullptr);
  EXPECT_EQ(wed.f->name, "Wed");
  EXPECT_EQ(wed.f->range.begin, d->decl.members[2].range.begin);
  EXPECT_TRUE(wed.made->args.empty());
  ASSERT_EQ(wed.tagged->args.size(), 2u);
  EXPECT_EQ(static_cast<const CharLitExpr*>(wed.tagged->args[1])->value, "Wed");
  const ir::EnumerationFunction* conversion = find(fns, "Day");
  ASSERT_NE(conversion, nullptr);
  EXPECT_EQ(conversion->kind, ir::EnumerationFunction::Conversion);
  for (const char* m : {"eq", "ne", "char", "string", "ismember", "disp", "enumeration"})
    EXPECT_NE(find(fns, m), nullptr) << m;
  EXPECT_EQ(find(fns, "plus"), nullptr);  // (arithmetic only for a class derived from a built-in one)
}

TEST(Enumerations, MemberArgumentsGoToTheConstructor) {
  auto d = declare("Rgb", "classdef Rgb\n  properties\n    R\n  end\n  methods\n    function c = Rgb(r, g)\n"
                          "      c.R = r + g;\n    end\n  end\n  enumeration\n    Red (1, [0 2])\n  end\nend\n");
  ASSERT_TRUE(d->diags.empty()) << d->diags;
  auto fns = ir::enumerationFunctions(d->decl);
  expectAllParse(fns);
  MemberCalls red = memberCalls(*d, 0);
  ASSERT_NE(red.made, nullptr);
  ASSERT_EQ(red.made->args.size(), 2u);  // the block's own arguments, at their place
  EXPECT_EQ(red.made->args[0], d->decl.members[0].args[0]);
}

TEST(Enumerations, DerivedFromABuiltinClassKeepsValuesAndDoesArithmetic) {
  auto d = declare("Lvl", "classdef Lvl < uint8\n  enumeration\n    Lo (1)\n    Hi (200)\n  end\nend\n");
  ASSERT_TRUE(d->diags.empty()) << d->diags;
  EXPECT_EQ(d->decl.enumBase, "uint8");
  EXPECT_TRUE(d->decl.superclasses.empty());
  ASSERT_NE(d->decl.property("EnumValue_"), nullptr);
  auto fns = ir::enumerationFunctions(d->decl);
  expectAllParse(fns);
  // The default constructor, then the value given to tag_.
  MemberCalls hi = memberCalls(*d, 1);
  ASSERT_NE(hi.tagged, nullptr);
  EXPECT_TRUE(hi.made->args.empty());
  ASSERT_EQ(hi.tagged->args.size(), 3u);
  EXPECT_EQ(hi.tagged->args[2], d->decl.members[1].args[0]);
  EXPECT_NE(find(fns, "tag_")->text.find("EnumValue_ = uint8(value)"), std::string::npos);
  for (const char* m : {"uint8", "double", "plus", "lt", "uminus", "value_", "isequal", "isequaln", "sort", "unique"})
    EXPECT_NE(find(fns, m), nullptr) << m;
  // Members stand for their values in isequal, and sort by them (MATLAB's order for such members).
  EXPECT_NE(find(fns, "isequal")->text.find("Lvl.value_(varargin{j})"), std::string::npos);
  EXPECT_NE(find(fns, "sort")->text.find("sort(Lvl.value_(x)"), std::string::npos);
}

TEST(Enumerations, MisuseIsReported) {
  auto handle = declare("Sw", "classdef Sw < handle\n  enumeration\n    Up\n  end\nend\n");
  EXPECT_EQ(handle->diags, "") << "a handle enumeration is a class like another";
  auto props = declare("Lv", "classdef Lv < int8\n  properties\n    x\n  end\n  enumeration\n    A (1)\n  end\nend\n");
  EXPECT_NE(props->diags.find("cannot define properties"), std::string::npos) << props->diags;
}
