#include "quotegraph/generator/corpus_generator.h"

#include <cstdio>
#include <string_view>
#include <utility>
#include <vector>

#include "generator_data.h"
#include "quotegraph/core/civil_date.h"
#include "quotegraph/core/error.h"
#include "quotegraph/importers/data_files.h"

namespace quotegraph {
namespace {

// SplitMix64: a fixed, portable generator (the standard library's
// distributions differ between implementations; this never does).
class Random {
 public:
  explicit Random(std::uint64_t state) : state_(state) {}
  std::uint64_t Next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  // Uniform-enough integer in [0, n), n > 0.
  std::size_t Below(std::size_t n) { return static_cast<std::size_t>(Next() % n); }
  bool Chance(unsigned percent) { return Below(100) < percent; }
  template <typename T>
  const T& Pick(const std::vector<T>& v) {
    return v[Below(v.size())];
  }

 private:
  std::uint64_t state_;
};

// A stream of random numbers for (seed, kind, index).
Random StreamFor(std::uint64_t seed, std::uint64_t kind, std::uint64_t index) {
  Random r(seed * 0x2545F4914F6CDD1DULL + kind * 0x9E3779B97F4A7C15ULL);
  r.Next();
  Random out(r.Next() ^ (index * 0xD6E8FEB86659FD93ULL));
  out.Next();
  return out;
}

enum Kind : std::uint64_t { kSpeakerKind = 1, kStoryKind = 2, kArticleKind = 3 };

std::string Replace(std::string text, std::string_view key, std::string_view value) {
  std::size_t pos = 0;
  while ((pos = text.find(key, pos)) != std::string::npos) {
    text.replace(pos, key.size(), value);
    pos += value.size();
  }
  return text;
}

void CapitalizeInPlace(std::string& s) {
  if (!s.empty() && s[0] >= 'a' && s[0] <= 'z') s[0] = static_cast<char>(s[0] - 'a' + 'A');
}

std::string Capitalize(const std::string& s) {
  std::string out = s;
  CapitalizeInPlace(out);
  return out;
}

std::string Decapitalize(std::string s) {
  if (!s.empty() && s[0] >= 'A' && s[0] <= 'Z') s[0] = static_cast<char>(s[0] - 'A' + 'a');
  return s;
}

// The date `days` after 2031-01-02, the first day of every corpus.
std::string DateAfter(long days) { return CivilFromDays(DaysFromCivil(2031, 1, 2) + days); }

struct Template {
  std::string shape;
  std::string text;
};

}  // namespace

struct CorpusGenerator::WordLists {
  struct Name {
    std::string text;
    bool female = false;
  };
  struct Title {
    std::string before_name;
    std::string role;
  };
  struct Country {
    std::string name, capital, demonym;
  };
  struct Outlet {
    std::string name, slug;
  };
  std::vector<Name> first_names;
  std::vector<std::string> stems, endings;
  std::vector<Title> titles;
  std::vector<Outlet> outlets;
  std::vector<Country> countries;
  std::vector<std::string> organizations, subjects, predicates, objects, tails, phrases,
      denials, background, headlines, verbs, days, agencies, town_endings;
  std::vector<Template> templates;  // attributed paragraphs
  std::vector<Template> furniture;
  std::string continued_end;

  WordLists() {
    for (const auto& row : DataRows("first_names.txt")) {
      if (row.size() < 2 || (row[1] != "m" && row[1] != "f")) continue;
      first_names.push_back(Name{row[0], row[1] == "f"});
    }
    for (const auto& row : GeneratorDataRows("surname_parts.txt")) {
      (row[0] == "stem" ? stems : endings).push_back(row.at(1));
    }
    for (const auto& row : GeneratorDataRows("speaker_titles.txt")) {
      titles.push_back(Title{row[0], row.at(1)});
    }
    for (const auto& row : GeneratorDataRows("outlets.txt")) {
      outlets.push_back(Outlet{row[0], row.at(1)});
    }
    for (const auto& row : GeneratorDataRows("countries.txt")) {
      countries.push_back(Country{row[0], row.at(1), row.at(2)});
    }
    // Agencies the lexicon knows, written as articles name them.
    for (const auto& row : DataRows("agencies.txt")) {
      if (row.size() > 1 && row[0] == row[1] && row[0].find(' ') == std::string::npos) {
        agencies.push_back(row[0]);
      }
    }
    organizations = GeneratorDataLines("organizations.txt");
    subjects = GeneratorDataLines("claim_subjects.txt");
    predicates = GeneratorDataLines("claim_predicates.txt");
    objects = GeneratorDataLines("claim_objects.txt");
    tails = GeneratorDataLines("quote_tails.txt");
    phrases = GeneratorDataLines("mixed_phrases.txt");
    denials = GeneratorDataLines("denials.txt");
    background = GeneratorDataLines("background.txt");
    headlines = GeneratorDataLines("headlines.txt");
    verbs = GeneratorDataLines("verbs.txt");
    days = GeneratorDataLines("day_phrases.txt");
    town_endings = GeneratorDataLines("town_endings.txt");
    for (const auto& row : GeneratorDataRows("paragraph_templates.txt")) {
      if (row.at(0) == "continued_end") {
        continued_end = row.at(1);
      } else {
        templates.push_back(Template{row[0], row.at(1)});
      }
    }
    for (const auto& row : GeneratorDataRows("furniture.txt")) {
      furniture.push_back(Template{row[0], row.at(1)});
    }
    if (first_names.empty() || stems.empty() || endings.empty() || titles.empty() ||
        outlets.empty() || countries.empty() || agencies.empty() || templates.empty() ||
        continued_end.empty()) {
      throw Error("internal: generator word lists incomplete");
    }
  }
};

namespace {

using Lists = CorpusGenerator::WordLists;

struct Speaker {
  std::string first, surname, title, role;
  bool female = false;
  std::string Full() const { return first + " " + surname; }
};

struct Story {
  std::size_t country = 0, other = 0;
  std::string org;
  std::vector<std::string> claims;  // lower-case clauses
  std::vector<std::size_t> speakers;
  long day = 0;
  std::string object;
  std::string town;  // where the story happens; named in its claims
};

}  // namespace

CorpusGenerator::CorpusGenerator(const CorpusOptions& options)
    : options_(options), lists_(std::make_unique<const WordLists>()) {}

CorpusGenerator::~CorpusGenerator() = default;

namespace {

Speaker MakeSpeaker(const Lists& lists, std::uint64_t seed, std::size_t index) {
  Random r = StreamFor(seed, kSpeakerKind, index);
  const auto& first = r.Pick(lists.first_names);
  Speaker s;
  s.first = first.text;
  s.female = first.female;
  s.surname = r.Pick(lists.stems) + r.Pick(lists.endings);
  const auto& title = r.Pick(lists.titles);
  s.title = title.before_name;
  s.role = title.role;
  if (s.female && s.role == "spokesman") s.title = s.role = "spokeswoman";
  if (!s.female && s.role == "spokeswoman") s.title = s.role = "spokesman";
  return s;
}

std::string Fill(std::string text, const Lists& lists, const Story& story, Random& r) {
  const auto& country = lists.countries[story.country];
  const auto& other = lists.countries[story.other];
  text = Replace(std::move(text), "{org}", story.org);
  text = Replace(std::move(text), "{country}", country.name);
  text = Replace(std::move(text), "{capital}", country.capital);
  text = Replace(std::move(text), "{other}", other.name);
  text = Replace(std::move(text), "{obj}", story.object);
  text = Replace(std::move(text), "{number}", std::to_string(10000 + r.Below(90) * 1000));
  return text;
}

Story MakeStory(const Lists& lists, const CorpusOptions& options, std::size_t index,
                std::size_t speakers) {
  Random r = StreamFor(options.seed, kStoryKind, index);
  Story s;
  s.country = r.Below(lists.countries.size());
  s.other = (s.country + 1 + r.Below(lists.countries.size() - 1)) % lists.countries.size();
  s.org = r.Pick(lists.organizations);
  s.org = Replace(s.org, "{country}", lists.countries[s.country].name);
  s.object = r.Pick(lists.objects);
  s.town = r.Pick(lists.stems) + r.Pick(lists.town_endings);
  const std::size_t claims = 2 + r.Below(3);
  for (std::size_t k = 0; k < claims; ++k) {
    std::string claim = r.Pick(lists.subjects) + " " + r.Pick(lists.predicates) + " " +
                        (k == 0 ? s.object : r.Pick(lists.objects)) + " in " + s.town;
    s.claims.push_back(Fill(std::move(claim), lists, s, r));
  }
  const std::size_t n = 2 + r.Below(3);
  for (std::size_t k = 0; k < n; ++k) s.speakers.push_back(r.Below(speakers));
  s.day = static_cast<long>(index / 40 + r.Below(30));
  return s;
}

}  // namespace

GeneratedArticle CorpusGenerator::Generate(std::size_t index) const {
  const Lists& lists = *lists_;
  const std::size_t stories = std::max<std::size_t>(1, options_.articles / 5);
  const std::size_t speakers = std::max<std::size_t>(40, options_.articles / 4);
  Random r = StreamFor(options_.seed, kArticleKind, index);
  // Stories recur: neighbouring articles share a window of stories.
  const std::size_t story_index = std::min(stories - 1, index / 5 + r.Below(3)) ;
  const Story story = MakeStory(lists, options_, story_index, speakers);
  const auto& outlet = r.Pick(lists.outlets);

  GeneratedArticle a;
  char number[32];
  std::snprintf(number, sizeof number, "%08zu", index);
  a.id = outlet.slug + "-" + number;
  a.publisher = outlet.name;
  a.date = DateAfter(story.day + static_cast<long>(r.Below(4)));
  a.title = Fill(r.Pick(lists.headlines), lists, story, r);

  const bool curly = r.Chance(50);
  const std::string open = curly ? "\u201C" : "\"";
  const std::string close = curly ? "\u201D" : "\"";
  std::vector<Speaker> cast;
  for (std::size_t k : story.speakers) cast.push_back(MakeSpeaker(lists, options_.seed, k));

  auto furniture = [&](std::string_view where) -> std::string {
    std::vector<const Template*> options;
    for (const Template& t : lists.furniture) {
      if (t.shape == where) options.push_back(&t);
    }
    if (options.empty()) return {};
    std::string text = options[r.Below(options.size())]->text;
    text = Replace(std::move(text), "{N}", r.Pick(cast).Full());
    text = Replace(std::move(text), "{A}", r.Pick(lists.agencies));
    text = Replace(std::move(text), "{O}", outlet.name);
    text = Replace(std::move(text), "{H}", Fill(r.Pick(lists.headlines), lists, story, r));
    return text;
  };

  std::vector<std::string> paragraphs;
  if (r.Chance(50)) paragraphs.push_back(furniture("top"));
  const Speaker* last = nullptr;
  bool continued = false;
  const std::size_t body = 8 + r.Below(9);
  for (std::size_t p = 0; p < body; ++p) {
    if (!continued && p > 1 && r.Chance(15)) {
      paragraphs.push_back(Fill(r.Pick(lists.background), lists, story, r));
      last = nullptr;
      continue;
    }
    if (!continued && p > 1 && r.Chance(8)) {
      paragraphs.push_back(furniture(r.Chance(50) ? "middle" : "caption"));
      continue;
    }
    const Template* t = nullptr;
    std::string text;
    if (continued) {
      text = lists.continued_end;
      continued = false;
    } else {
      // Pronoun follow-ups need a speaker named in the paragraph before.
      do {
        t = &r.Pick(lists.templates);
      } while (last == nullptr && (t->text.find("{P}") != std::string::npos ||
                                   t->text.find("{p}") != std::string::npos));
      text = t->text;
      continued = t->shape == "continued" && p + 1 < body;
      if (t->shape == "continued" && !continued) text = lists.templates.front().text;
    }
    const bool pronoun = text.find("{P}") != std::string::npos ||
                         text.find("{p}") != std::string::npos;
    // A continued quote and a pronoun stay with the speaker before.
    const Speaker& speaker =
        last && (pronoun || text == lists.continued_end || r.Chance(30)) ? *last : r.Pick(cast);
    const std::string& claim = r.Pick(story.claims);
    const bool titled = r.Chance(70);
    // Lower-case roles ("spokesman") go before the name with the
    // affiliation's country: "Taldera's spokesman Anna Lind".
    std::string s_text = speaker.Full();
    if (titled && speaker.title != speaker.role) {
      s_text = speaker.title + " " + speaker.Full();
    } else if (titled) {
      s_text = lists.countries[story.country].name + "'s " + speaker.role + " " + speaker.Full();
    }
    text = Replace(std::move(text), "{S}", s_text);
    text = Replace(std::move(text), "{N}", speaker.Full());
    text = Replace(std::move(text), "{L}", speaker.surname);
    text = Replace(std::move(text), "{P}", speaker.female ? "She" : "He");
    text = Replace(std::move(text), "{p}", speaker.female ? "she" : "he");
    text = Replace(std::move(text), "{R}", speaker.role);
    text = Replace(std::move(text), "{V}", r.Pick(lists.verbs));
    text = Replace(std::move(text), "{D}", r.Pick(lists.days));
    text = Replace(std::move(text), "{A}", r.Pick(lists.agencies));
    text = Replace(std::move(text), "{M}", r.Pick(lists.phrases));
    text = Replace(std::move(text), "{X}", r.Pick(lists.denials));
    const std::string& tail = r.Pick(lists.tails);
    text = Replace(std::move(text), "{T}", tail);
    text = Replace(std::move(text), "{t}", Decapitalize(tail));
    text = Replace(std::move(text), "{C}", claim);
    text = Replace(std::move(text), "{Q}", Capitalize(claim));
    text = Replace(std::move(text), "{o}", open);
    text = Replace(std::move(text), "{c}", close);
    CapitalizeInPlace(text);
    paragraphs.push_back(std::move(text));
    last = &speaker;
  }
  if (r.Chance(40)) paragraphs.push_back(furniture("end"));
  if (r.Chance(30)) {
    for (int k = 0; k < 3; ++k) paragraphs.push_back(Fill(r.Pick(lists.headlines), lists, story, r));
  }
  for (const std::string& p : paragraphs) {
    if (!a.text.empty()) a.text += "\n\n";
    a.text += p;
  }
  a.text += '\n';
  return a;
}

namespace {

void WriteJsonString(std::string_view s, std::ostream& out) {
  out << '"';
  for (char c : s) {
    switch (c) {
      case '"': out << "\\\""; break;
      case '\\': out << "\\\\"; break;
      case '\n': out << "\\n"; break;
      case '\t': out << "\\t"; break;
      default:
        if (static_cast<unsigned char>(c) < 0x20) {
          char buf[8];
          std::snprintf(buf, sizeof buf, "\\u%04x", static_cast<unsigned>(c));
          out << buf;
        } else {
          out << c;
        }
    }
  }
  out << '"';
}

}  // namespace

void WriteJsonLine(const GeneratedArticle& a, std::ostream& out) {
  out << "{\"id\":";
  WriteJsonString(a.id, out);
  out << ",\"date\":";
  WriteJsonString(a.date, out);
  out << ",\"publisher\":";
  WriteJsonString(a.publisher, out);
  out << ",\"title\":";
  WriteJsonString(a.title, out);
  out << ",\"text\":";
  WriteJsonString(a.text, out);
  out << "}\n";
}

void WritePlainText(const GeneratedArticle& a, std::ostream& out) {
  out << " date " << a.date << " " << a.title << "\n\n" << a.text;
}

}  // namespace quotegraph
