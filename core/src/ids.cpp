#include "quotegraph/core/ids.h"

#include <algorithm>
#include <charconv>
#include <cstdlib>
#include <cstring>
#include <memory>

#include <utf8proc.h>

namespace quotegraph {

namespace {

// ASCII names (most of them) slug without utf8proc: NFKC, case folding and
// mark stripping leave ASCII letters lower-cased and digits as they are;
// every other ASCII character is neither a letter nor a number.
bool IsAscii(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

// Appends the slug of ASCII `name` to `out` (written in place: a slug is
// never longer than its name, "unnamed" aside).
void AppendAsciiSlug(std::string_view name, std::string& out) {
  const std::size_t start = out.size();
  out.resize(start + name.size());
  char* const slug = out.data() + start;
  std::size_t n = 0;
  for (char c : name) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      slug[n++] = c;
    } else if (c >= 'A' && c <= 'Z') {
      slug[n++] = static_cast<char>(c - 'A' + 'a');
    } else if (n > 0 && slug[n - 1] != '-') {
      slug[n++] = '-';
    }
  }
  while (n > 0 && slug[n - 1] == '-') --n;
  out.resize(start + n);
  if (n == 0) out += "unnamed";
}

// Sets `id` to `prefix` followed by the slug of `name`.
void AssignPrefixedSlug(std::string_view prefix, std::string_view name, std::string& id) {
  id.clear();
  id.reserve(prefix.size() + name.size());
  id += prefix;
  if (IsAscii(name)) {
    AppendAsciiSlug(name, id);
  } else {
    id += Slugify(name);
  }
}

// `prefix` followed by the slug of `name`, in one string.
std::string PrefixedSlug(std::string_view prefix, std::string_view name) {
  std::string id;
  AssignPrefixedSlug(prefix, name, id);
  return id;
}

}  // namespace

std::string Slugify(std::string_view name) {
  if (IsAscii(name)) {
    std::string out;
    AppendAsciiSlug(name, out);
    return out;
  }
  utf8proc_uint8_t* folded = nullptr;
  const auto options = static_cast<utf8proc_option_t>(
      UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD | UTF8PROC_STRIPMARK |
      UTF8PROC_IGNORE);
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(name.data()),
                                    static_cast<utf8proc_ssize_t>(name.size()), &folded,
                                    options);
  std::string out;
  if (n < 0) {
    // Invalid UTF-8: fall back to ASCII letters and digits only.
    for (char c : name) {
      if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        out += c;
      } else if (c >= 'A' && c <= 'Z') {
        out += static_cast<char>(c - 'A' + 'a');
      } else if (!out.empty() && out.back() != '-') {
        out += '-';
      }
    }
  } else {
    std::unique_ptr<utf8proc_uint8_t, decltype(&std::free)> owner(folded, &std::free);
    utf8proc_ssize_t i = 0;
    while (i < n) {
      utf8proc_int32_t cp = 0;
      utf8proc_ssize_t len = utf8proc_iterate(folded + i, n - i, &cp);
      if (len <= 0) break;
      const utf8proc_category_t cat = utf8proc_category(cp);
      const bool keep = (cat >= UTF8PROC_CATEGORY_LU && cat <= UTF8PROC_CATEGORY_LO) ||
                        (cat >= UTF8PROC_CATEGORY_ND && cat <= UTF8PROC_CATEGORY_NO);
      if (keep) {
        out.append(reinterpret_cast<const char*>(folded + i), static_cast<std::size_t>(len));
      } else if (!out.empty() && out.back() != '-') {
        out += '-';
      }
      i += len;
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  if (out.empty()) out = "unnamed";
  return out;
}

std::string EntityId(NodeType type, std::string_view canonical_name) {
  std::string id;
  AssignEntityId(type, canonical_name, id);
  return id;
}

void AssignEntityId(NodeType type, std::string_view canonical_name, std::string& id) {
  // "person:" and the like: the type's name and a colon, without a string
  // of its own.
  char prefix[32];
  const std::string_view type_name = ToString(type);
  const std::size_t n = std::min(type_name.size(), sizeof prefix - 1);
  std::memcpy(prefix, type_name.data(), n);
  prefix[n] = ':';
  AssignPrefixedSlug(std::string_view(prefix, n + 1), canonical_name, id);
}

std::string ArticleId(std::string_view article_id) {
  constexpr std::string_view kPrefix = "article:";
  std::string id;
  id.reserve(kPrefix.size() + article_id.size());
  id += kPrefix;
  id += article_id;
  return id;
}

std::string OutletId(std::string_view outlet_name) {
  return PrefixedSlug("outlet:", outlet_name);
}

std::string AgencyId(std::string_view agency_name) {
  return PrefixedSlug("agency:", agency_name);
}

void AssignOutletId(std::string_view outlet_name, std::string& id) {
  AssignPrefixedSlug("outlet:", outlet_name, id);
}

void AssignAgencyId(std::string_view agency_name, std::string& id) {
  AssignPrefixedSlug("agency:", agency_name, id);
}

std::string StatementId(std::string_view article_id, Span content) {
  // One allocation: "statement:" + article_id + "@" + start + "-" + end.
  constexpr std::string_view kPrefix = "statement:";
  char numbers[48];
  char* p = std::to_chars(numbers, numbers + 20, content.start).ptr;
  *p++ = '-';
  p = std::to_chars(p, numbers + sizeof numbers, content.end).ptr;
  const auto digits = static_cast<std::size_t>(p - numbers);
  std::string id(kPrefix.size() + article_id.size() + 1 + digits, '@');
  char* out = id.data();
  std::memcpy(out, kPrefix.data(), kPrefix.size());
  out += kPrefix.size();
  std::memcpy(out, article_id.data(), article_id.size());
  out += article_id.size() + 1;  // past the '@'
  std::memcpy(out, numbers, digits);
  return id;
}

}  // namespace quotegraph
