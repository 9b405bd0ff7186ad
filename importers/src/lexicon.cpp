#include "quotegraph/importers/lexicon.h"

#include <re2/re2.h>

#include "quotegraph/core/error.h"
#include "quotegraph/importers/data_files.h"

namespace quotegraph {
namespace {

Gender ParseGender(std::string_view g) {
  if (g == "m") return Gender::kMale;
  if (g == "f") return Gender::kFemale;
  if (g == "p") return Gender::kPlural;
  return Gender::kUnknown;
}

std::size_t CountWords(std::string_view s) {
  std::size_t n = 1;
  for (char c : s) n += c == ' ';
  return n;
}

NodeType ParseKnownType(std::string_view kind) {
  return kind == "person" ? NodeType::kPerson : NodeType::kOrganization;
}

}  // namespace

std::string_view LowerAscii(std::string_view s, std::string& buffer) {
  buffer.assign(s.data(), s.size());
  for (char& c : buffer) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return buffer;
}

const Lexicon& Lexicon::Get() {
  static const Lexicon lexicon;
  return lexicon;
}

Lexicon::~Lexicon() = default;

std::string_view Lexicon::Store(std::string s) {
  storage_.push_back(std::move(s));
  return storage_.back();
}

Lexicon::Lexicon() {
  for (const auto& row : DataRows("reporting_verbs.txt")) {
    if (row.size() < 3) throw Error("internal: reporting_verbs.txt: bad row " + row[0]);
    verbs_[Store(row[0])] = ReportingVerb{Store(row[1]), row[2] == "speech" || row[2] == "quote",
                                            row[2] == "quote", row[2] == "raising"};
  }
  for (const auto& row : DataRows("report_nouns.txt")) {
    if (row.size() < 3) throw Error("internal: report_nouns.txt: bad row " + row[0]);
    report_nouns_[Store(row[0])] = ReportingVerb{Store(row[1]), row[2] == "speech"};
  }
  for (const auto& row : DataRows("not_cues.txt")) {
    if (row.size() == 2) not_cues_.insert(row[0] + " " + row[1]);
  }
  for (const auto& row : DataRows("titles.txt")) {
    titles_[Store(row[0])] = row.size() > 1 ? ParseGender(row[1]) : Gender::kUnknown;
    max_title_words_ = std::max(max_title_words_, CountWords(row[0]));
  }
  for (const auto& row : DataRows("first_names.txt")) {
    first_names_[Store(row[0])] = row.size() > 1 ? ParseGender(row[1]) : Gender::kUnknown;
  }
  for (const auto& row : DataRows("places.txt")) {
    places_[Store(row[0])] = KnownName{Store(row[0]), NodeType::kPlace};
  }
  for (const auto& row : DataRows("demonyms.txt")) {
    if (row.size() < 2 || row[1].empty()) continue;
    demonyms_[Store(row[0])] = KnownName{Store(row[1]), NodeType::kPlace};
  }
  auto load_named = [&](std::string_view file, auto& map, NodeType type) {
    for (const auto& row : DataRows(file)) {
      std::string_view canonical = Store(row.size() > 1 && !row[1].empty() ? row[1] : row[0]);
      map[Store(row[0])] = KnownName{canonical, type};
    }
  };
  load_named("agencies.txt", agencies_, NodeType::kOrganization);
  load_named("outlets.txt", outlets_, NodeType::kOrganization);
  for (const auto& row : DataRows("known_organizations.txt")) {
    std::string_view canonical = Store(row.size() > 1 && !row[1].empty() ? row[1] : row[0]);
    organizations_[Store(row[0])] =
        KnownName{canonical, ParseKnownType(row.size() > 2 ? row[2] : "")};
  }
  for (const auto& w : DataLines("organization_words.txt")) org_words_.insert(Store(w));
  for (const auto& w : DataLines("abbreviations.txt")) abbreviations_.insert(Store(w));
  for (const auto& w : DataLines("group_nouns.txt")) group_nouns_.insert(Store(w));
  for (const auto& w : DataLines("function_words.txt")) function_words_.insert(Store(w));
  for (const auto& w : DataLines("name_particles.txt")) particles_.insert(Store(w));
  for (const auto& w : DataLines("skip_words.txt")) skip_words_.insert(Store(w));
  for (const auto& row : DataRows("pronouns.txt")) {
    pronouns_[Store(row[0])] = row.size() > 1 ? ParseGender(row[1]) : Gender::kUnknown;
  }
  auto load_patterns = [&](std::string_view file, auto& out) {
    RE2::Options options;
    options.set_case_sensitive(false);
    options.set_log_errors(false);
    for (const auto& pattern : DataLines(file)) {
      auto re = std::make_unique<RE2>(pattern, options);
      if (!re->ok()) throw Error("internal: " + std::string(file) + ": bad pattern " + pattern);
      out.push_back(std::move(re));
    }
  };
  load_patterns("furniture.txt", furniture_);
  load_patterns("captions.txt", captions_);
}

const ReportingVerb* Lexicon::Verb(std::string_view lower) const {
  auto it = verbs_.find(lower);
  return it == verbs_.end() ? nullptr : &it->second;
}

bool Lexicon::IsNotCue(std::string_view verb, std::string_view next) const {
  std::string key;
  key.reserve(verb.size() + next.size() + 1);
  key.append(verb).append(" ").append(next);
  return not_cues_.count(key) > 0;
}

bool Lexicon::IsTitle(std::string_view lower) const { return titles_.count(lower) > 0; }

Gender Lexicon::TitleGender(std::string_view lower) const {
  auto it = titles_.find(lower);
  return it == titles_.end() ? Gender::kUnknown : it->second;
}

Gender Lexicon::FirstName(std::string_view name, bool* known) const {
  auto it = first_names_.find(name);
  *known = it != first_names_.end();
  return *known ? it->second : Gender::kUnknown;
}

namespace {
const KnownName* Lookup(const std::unordered_map<std::string_view, KnownName>& map,
                        std::string_view key) {
  auto it = map.find(key);
  return it == map.end() ? nullptr : &it->second;
}
}  // namespace

const KnownName* Lexicon::Place(std::string_view name) const { return Lookup(places_, name); }
const KnownName* Lexicon::Demonym(std::string_view w) const { return Lookup(demonyms_, w); }
const KnownName* Lexicon::Agency(std::string_view name) const { return Lookup(agencies_, name); }
const KnownName* Lexicon::Outlet(std::string_view name) const { return Lookup(outlets_, name); }
const KnownName* Lexicon::Organization(std::string_view name) const {
  return Lookup(organizations_, name);
}

bool Lexicon::IsOrganizationWord(std::string_view w) const { return org_words_.count(w) > 0; }
bool Lexicon::IsAbbreviation(std::string_view w) const { return abbreviations_.count(w) > 0; }
const Gender* Lexicon::Pronoun(std::string_view lower) const {
  auto it = pronouns_.find(lower);
  return it == pronouns_.end() ? nullptr : &it->second;
}
const ReportingVerb* Lexicon::ReportNoun(std::string_view lower) const {
  const auto it = report_nouns_.find(lower);
  return it == report_nouns_.end() ? nullptr : &it->second;
}

bool Lexicon::IsGroupNoun(std::string_view lower) const { return group_nouns_.count(lower) > 0; }
bool Lexicon::IsFunctionWord(std::string_view lower) const {
  return function_words_.count(lower) > 0;
}
bool Lexicon::IsNameParticle(std::string_view w) const { return particles_.count(w) > 0; }
bool Lexicon::IsSkipWord(std::string_view lower) const { return skip_words_.count(lower) > 0; }

bool Lexicon::IsFurniture(std::string_view paragraph) const {
  for (const auto& re : furniture_) {
    if (RE2::PartialMatch(paragraph, *re)) return true;
  }
  return false;
}

bool Lexicon::IsCaption(std::string_view paragraph) const {
  for (const auto& re : captions_) {
    if (RE2::PartialMatch(paragraph, *re)) return true;
  }
  return false;
}

}  // namespace quotegraph
