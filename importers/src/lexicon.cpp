#include "quotegraph/importers/lexicon.h"

#include <algorithm>
#include <cstring>

#include "quotegraph/core/error.h"
#include "quotegraph/importers/data_files.h"
#include "pattern_prefilter.h"

namespace quotegraph {
namespace {

// Longest "verb next" entry of not_cues.txt.
constexpr std::size_t kMaxNotCueBytes = 64;
// VerbWithSuffix's stack buffer (longer verbs take a string).
constexpr std::size_t kMaxSuffixedVerbBytes = 64;

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
  std::size_t i = 0;
  while (i < s.size() && !(s[i] >= 'A' && s[i] <= 'Z')) ++i;
  if (i == s.size()) return s;  // already lower case: no copy
  buffer.assign(s.data(), s.size());
  for (; i < buffer.size(); ++i) {
    char& c = buffer[i];
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

void Lexicon::AddMentionWordShape(std::string_view key) {
  if (key.empty()) return;
  std::string buffer;
  const std::size_t shape = LowerShape(LowerAscii(key, buffer));
  mention_word_shapes_[shape >> 6] |= std::uint64_t{1} << (shape & 63);
}

void Lexicon::AddKnownNameShape(std::string_view name) {
  if (name.empty()) return;
  const std::size_t shape = LowerShape(name);
  known_name_shapes_[shape >> 6] |= std::uint64_t{1} << (shape & 63);
}

Lexicon::Lexicon() {
  for (const auto& row : DataRows("reporting_verbs.txt")) {
    if (row.size() < 3) throw Error("internal: reporting_verbs.txt: bad row " + row[0]);
    verbs_.Insert(Store(row[0]),
                  ReportingVerb{Store(row[1]), row[2] == "speech" || row[2] == "quote",
                                row[2] == "quote", row[2] == "raising"});
    max_verb_bytes_ = std::max(max_verb_bytes_, row[0].size());
  }
  for (const auto& row : DataRows("report_nouns.txt")) {
    if (row.size() < 3) throw Error("internal: report_nouns.txt: bad row " + row[0]);
    report_nouns_.Insert(Store(row[0]), ReportingVerb{Store(row[1]), row[2] == "speech"});
  }
  for (const auto& row : DataRows("not_cues.txt")) {
    if (row.size() != 2) continue;
    std::string key = row[0] + " " + row[1];
    if (key.size() > kMaxNotCueBytes) throw Error("internal: not_cues.txt: entry too long: " + key);
    not_cues_.Insert(Store(std::move(key)), true);
  }
  for (const auto& row : DataRows("titles.txt")) {
    const std::string_view title = Store(row[0]);
    titles_.Insert(title, row.size() > 1 ? ParseGender(row[1]) : Gender::kUnknown);
    // Words joined by single spaces (TokenView::JoinLower) match a title
    // only if it has one word more than spaces.
    const std::size_t spaces = static_cast<std::size_t>(std::count(title.begin(), title.end(), ' '));
    const std::uint32_t length_bit = spaces < 31 ? std::uint32_t{1} << (spaces + 1) : 0;
    const std::string_view first = title.substr(0, title.find(' '));
    const std::uint32_t* from = title_first_words_.Find(first);
    title_first_words_.Insert(first, (from == nullptr ? 0 : *from) | length_bit);
    const std::size_t last_space = title.rfind(' ');
    const std::string_view last =
        last_space == std::string_view::npos ? title : title.substr(last_space + 1);
    const std::uint32_t* to = title_last_words_.Find(last);
    title_last_words_.Insert(last, (to == nullptr ? 0 : *to) | length_bit);
    max_title_words_ = std::max(max_title_words_, CountWords(row[0]));
  }
  for (const auto& row : DataRows("first_names.txt")) {
    first_names_.Insert(Store(row[0]), row.size() > 1 ? ParseGender(row[1]) : Gender::kUnknown);
  }
  for (const auto& row : DataRows("places.txt")) {
    const std::string_view place = Store(row[0]);
    places_.Insert(place, KnownName{Store(row[0]), NodeType::kPlace});
    AddMentionWordShape(place);
    AddKnownNameShape(place);
  }
  for (const auto& row : DataRows("demonyms.txt")) {
    if (row.size() < 2 || row[1].empty()) continue;
    const std::string_view demonym = Store(row[0]);
    demonyms_.Insert(demonym, KnownName{Store(row[1]), NodeType::kPlace});
    AddMentionWordShape(demonym);
  }
  auto load_named = [&](std::string_view file, auto& map, NodeType type) {
    for (const auto& row : DataRows(file)) {
      std::string_view canonical = Store(row.size() > 1 && !row[1].empty() ? row[1] : row[0]);
      const std::string_view name = Store(row[0]);
      map.Insert(name, KnownName{canonical, type});
      AddKnownNameShape(name);
    }
  };
  load_named("agencies.txt", agencies_, NodeType::kOrganization);
  load_named("outlets.txt", outlets_, NodeType::kOrganization);
  for (const auto& row : DataRows("known_organizations.txt")) {
    std::string_view canonical = Store(row.size() > 1 && !row[1].empty() ? row[1] : row[0]);
    const std::string_view name = Store(row[0]);
    organizations_.Insert(name,
                          KnownName{canonical, ParseKnownType(row.size() > 2 ? row[2] : "")});
    AddKnownNameShape(name);
  }
  for (const auto& w : DataLines("organization_words.txt")) org_words_.Insert(Store(w), true);
  for (const auto& row : DataRows("affiliation_words.txt")) {
    if (row.size() < 2) continue;
    const std::string_view party = row[1] == "-" ? std::string_view() : Store(row[1]);
    affiliation_words_.Insert(Store(row[0]), KnownName{party, NodeType::kOrganization});
  }
  for (const auto& w : DataLines("abbreviations.txt")) abbreviations_.Insert(Store(w), true);
  for (const auto& w : DataLines("group_nouns.txt")) {
    const std::string_view noun = Store(w);
    group_nouns_.Insert(noun, true);
    AddMentionWordShape(noun);
  }
  for (const auto& w : DataLines("function_words.txt")) function_words_.Insert(Store(w), true);
  for (const auto& w : DataLines("name_particles.txt")) particles_.Insert(Store(w), true);
  for (const auto& w : DataLines("skip_words.txt")) skip_words_.Insert(Store(w), true);
  for (const auto& row : DataRows("pronouns.txt")) {
    const std::string_view pronoun = Store(row[0]);
    pronouns_.Insert(pronoun, row.size() > 1 ? ParseGender(row[1]) : Gender::kUnknown);
    AddMentionWordShape(pronoun);
  }
  // Both lists go to one prefilter (pattern_prefilter.h), furniture.txt's
  // patterns first: it tells most paragraphs apart without running RE2,
  // and runs each pattern it cannot rule out on its own (the same answer
  // as an alternation of a list's patterns: any pattern matching
  // anywhere).  It throws naming a pattern that does not compile.
  std::vector<std::string> both_lists = DataLines("furniture.txt");
  furniture_patterns_ = static_cast<std::uint32_t>(both_lists.size());
  for (auto& pattern : DataLines("captions.txt")) both_lists.push_back(std::move(pattern));
  caption_or_furniture_ = std::make_unique<PatternPrefilter>(both_lists);
}

const ReportingVerb* Lexicon::VerbWithSuffix(std::string_view lower,
                                             std::string_view suffix) const {
  // In a stack buffer: no allocation per lookup.
  char key[kMaxSuffixedVerbBytes];
  const std::size_t n = lower.size() + suffix.size();
  if (n > max_verb_bytes_) return nullptr;  // longer than any verb
  if (n > sizeof key) return Verb(std::string(lower) + std::string(suffix));
  std::memcpy(key, lower.data(), lower.size());
  std::memcpy(key + lower.size(), suffix.data(), suffix.size());
  return Verb(std::string_view(key, n));
}

bool Lexicon::IsNotCue(std::string_view verb, std::string_view next) const {
  // "verb next" in a stack buffer: no allocation per lookup.
  char key[kMaxNotCueBytes];
  if (verb.size() + 1 + next.size() > sizeof key) return false;  // longer than any entry
  std::memcpy(key, verb.data(), verb.size());
  key[verb.size()] = ' ';
  std::memcpy(key + verb.size() + 1, next.data(), next.size());
  return not_cues_.Contains(std::string_view(key, verb.size() + 1 + next.size()));
}

bool Lexicon::IsFurniture(std::string_view paragraph) const {
  thread_local std::vector<std::uint32_t> candidates;
  caption_or_furniture_->Candidates(paragraph, &candidates);
  for (std::uint32_t i : candidates) {
    if (i < furniture_patterns_ && caption_or_furniture_->MatchesPattern(i, paragraph)) {
      return true;
    }
  }
  return false;
}

bool Lexicon::IsCaption(std::string_view paragraph) const {
  thread_local std::vector<std::uint32_t> candidates;
  caption_or_furniture_->Candidates(paragraph, &candidates);
  for (std::uint32_t i : candidates) {
    if (i >= furniture_patterns_ && caption_or_furniture_->MatchesPattern(i, paragraph)) {
      return true;
    }
  }
  return false;
}

bool Lexicon::MayBeCaptionOrFurniture(std::string_view paragraph) const {
  return caption_or_furniture_->Matches(paragraph);
}

Lexicon::PatternMatch Lexicon::MatchCaptionOrFurniture(std::string_view paragraph,
                                                        bool ask_furniture) const {
  thread_local std::vector<std::uint32_t> candidates;
  caption_or_furniture_->Candidates(paragraph, &candidates);
  PatternMatch match;
  for (std::uint32_t i : candidates) {
    if (i >= furniture_patterns_ && caption_or_furniture_->MatchesPattern(i, paragraph)) {
      match.caption = true;
      return match;
    }
  }
  if (!ask_furniture) return match;
  for (std::uint32_t i : candidates) {
    if (i < furniture_patterns_ && caption_or_furniture_->MatchesPattern(i, paragraph)) {
      match.furniture = true;
      break;
    }
  }
  return match;
}

}  // namespace quotegraph
