//===--- NameLists.h - option lists of qualified names --------------------===//
//
// Every list option of an async-* check is a ';'-separated list of fully
// qualified names `X`, extended (not replaced) by its companion `AdditionalX`.
// Names are compared without inline namespaces and without template
// arguments, so `std::future` names every `std::future<T>` and
// `std::__cxx11::basic_string` is `std::basic_string`.
//
//===----------------------------------------------------------------------===//

#ifndef ASYNC_TIDY_ANALYSIS_NAMELISTS_H
#define ASYNC_TIDY_ANALYSIS_NAMELISTS_H

#include "clang-tidy/ClangTidyCheck.h"
#include "clang/AST/Type.h"
#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"
#include <string>
#include <vector>

namespace clang {
class NamedDecl;
namespace tidy::async {

/// Splits a ';'-separated option value, trimming blanks and a leading "::".
std::vector<std::string> parseNameList(llvm::StringRef Value);

/// Joins names back into the form an option is written in.
std::string joinNameList(const std::vector<std::string> &Names);

/// The qualified name of \p D as lists spell it: no inline namespaces, no
/// template arguments on any enclosing class (`std::future::get`).
std::string listedNameOf(const NamedDecl *D);

/// A list option `Name` with its companion `AdditionalName`, read from a
/// check's options (locally, or globally when \p Global is set).
class NameListOption {
public:
  NameListOption(ClangTidyCheck::OptionsView &Options, llvm::StringRef Name,
                 llvm::StringRef Default, bool Global = false);

  void store(ClangTidyCheck::OptionsView &Options,
             ClangTidyOptions::OptionMap &Map) const;

  /// Every name: the list plus its additions.
  const std::vector<std::string> &names() const { return All; }
  bool contains(llvm::StringRef QualifiedName) const {
    return Set.contains(QualifiedName);
  }

private:
  std::string Name;
  std::string Value;
  std::string Additional;
  std::vector<std::string> All;
  llvm::StringSet<> Set;
};

/// Answers "is this declaration one of the listed names?", remembering the
/// answer per declaration: the same few callees are asked about again and
/// again in a translation unit.
class NamedDeclSet {
public:
  explicit NamedDeclSet(const NameListOption &Names) : Names(&Names) {}
  bool contains(const NamedDecl *D);
  void clear() { Cache.clear(); }

private:
  const NameListOption *Names;
  llvm::DenseMap<const NamedDecl *, bool> Cache;
};

/// True when \p T names a listed class, directly or through an alias or an
/// alias template it is written with (`folly::SharedMutex` is an alias of a
/// `SharedMutexImpl`).
bool namesListedType(QualType T, NamedDeclSet &Names);

} // namespace tidy::async
} // namespace clang

#endif
