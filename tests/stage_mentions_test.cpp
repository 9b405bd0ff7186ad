// Stages 6-7: mentions and coreference.
#include <catch2/catch.hpp>

#include "document_fixture.h"

using namespace quotegraph;
using quotegraph::testing::Process;

namespace {

const Mention* FindMention(const Document& doc, std::string_view text) {
  for (const Mention& m : doc.mentions) {
    if (doc.Slice(m.span) == text) return &m;
  }
  return nullptr;
}

std::string EntityOf(const Document& doc, std::string_view mention_text) {
  const Mention* m = FindMention(doc, mention_text);
  if (m == nullptr || m->entity < 0) return "";
  return doc.entities[static_cast<std::size_t>(m->entity)].name;
}

}  // namespace

TEST_CASE("mentions: a title inside a name is split off", "[stage][mentions]") {
  auto doc = Process("U.S. Secretary of State Laura Chen spoke.", "mentions");
  const Mention* m = FindMention(*doc, "U.S. Secretary of State Laura Chen");
  REQUIRE(m != nullptr);
  CHECK(doc->Slice(m->name) == "Laura Chen");
  CHECK(m->title == "U.S. Secretary of State");
  CHECK(m->possessor == "U.S.");
  CHECK(m->type == NodeType::kPerson);
}

TEST_CASE("mentions: possessor and lower-case title before a name", "[stage][mentions]") {
  auto doc = Process("It came from Kessler's spokesman Ivan Petrov yesterday.", "mentions");
  const Mention* m = FindMention(*doc, "Kessler's spokesman Ivan Petrov");
  REQUIRE(m != nullptr);
  CHECK(doc->Slice(m->name) == "Ivan Petrov");
  CHECK(m->title == "spokesman");
  CHECK(m->possessor == "Kessler");
}

TEST_CASE("mentions: descriptions, groups and pronouns", "[stage][mentions]") {
  auto doc = Process("The US president met Ukrainian officials and she left.", "mentions");
  const Mention* d = FindMention(*doc, "The US president");
  REQUIRE(d != nullptr);
  CHECK(d->kind == MentionKind::kDescription);
  const Mention* g = FindMention(*doc, "Ukrainian officials");
  REQUIRE(g != nullptr);
  CHECK(g->kind == MentionKind::kGroup);
  const Mention* p = FindMention(*doc, "she");
  REQUIRE(p != nullptr);
  CHECK(p->kind == MentionKind::kPronoun);
  CHECK(p->gender == Gender::kFemale);
}

TEST_CASE("mentions: organisations and places are typed from lexicons", "[stage][mentions]") {
  auto doc = Process("The Kremlin and the Defence Ministry spoke in Geneva.", "mentions");
  const Mention* k = FindMention(*doc, "Kremlin");
  REQUIRE(k != nullptr);
  CHECK(k->type == NodeType::kOrganization);
  const Mention* d = FindMention(*doc, "Defence Ministry");
  REQUIRE(d != nullptr);
  CHECK(d->type == NodeType::kOrganization);
  const Mention* g = FindMention(*doc, "Geneva");
  REQUIRE(g != nullptr);
  CHECK(g->type == NodeType::kPlace);
}

TEST_CASE("mentions: a US state's news abbreviation is a place", "[stage][mentions]") {
  auto doc = Process("Ada Wren, 22, of Lund, Mich., said she would vote.", "mentions");
  const Mention* m = FindMention(*doc, "Mich.");
  REQUIRE(m != nullptr);
  CHECK(m->type == NodeType::kPlace);
}

TEST_CASE("mentions: a name before a comma and a state or country is a place", "[stage][mentions]") {
  auto doc = Process(
      "The rally in Lundby, Ohio, drew a crowd. Ada Wren of Norrvik, Mich., spoke. "
      "Tolle Brandt, Texas Republican, left. Ivo Marek, Ohio's senator, stayed.",
      "mentions");
  for (const char* place : {"Lundby", "Norrvik"}) {
    const Mention* m = FindMention(*doc, place);
    REQUIRE(m != nullptr);
    CHECK(m->type == NodeType::kPlace);
  }
  // A place that opens a longer phrase describes a person.
  for (const char* person : {"Tolle Brandt", "Ivo Marek"}) {
    const Mention* m = FindMention(*doc, person);
    REQUIRE(m != nullptr);
    CHECK(m->type == NodeType::kPerson);
  }
}

TEST_CASE("coreference: a surname joins the full name seen earlier", "[stage][coreference]") {
  auto doc = Process("Maria Okafor arrived. Later Okafor spoke.", "coreference");
  CHECK(EntityOf(*doc, "Okafor") == "Maria Okafor");
}

TEST_CASE("coreference: a surname joins a full name seen later too", "[stage][coreference]") {
  auto doc = Process("Okafor arrived first. Then Maria Okafor spoke.", "coreference");
  CHECK(EntityOf(*doc, "Okafor") == "Maria Okafor");
}

TEST_CASE("coreference: he joins the subject of the previous sentence", "[stage][coreference]") {
  auto doc = Process("Daniel Reyes met Anna Weiss on Monday. Then he left.", "coreference");
  const Mention* he = FindMention(*doc, "he");
  REQUIRE(he != nullptr);
  REQUIRE(he->entity >= 0);
  CHECK(doc->entities[static_cast<std::size_t>(he->entity)].name == "Daniel Reyes");
}

TEST_CASE("coreference: she skips a male antecedent", "[stage][coreference]") {
  auto doc = Process("Daniel Reyes met Anna Weiss. She left.", "coreference");
  const Mention* she = FindMention(*doc, "She");
  REQUIRE(she != nullptr);
  REQUIRE(she->entity >= 0);
  CHECK(doc->entities[static_cast<std::size_t>(she->entity)].name == "Anna Weiss");
}

TEST_CASE("coreference: a description joins the entity with that title", "[stage][coreference]") {
  auto doc = Process(
      "Maria Okafor met Foreign Minister Tomas Brandt. The foreign minister left.", "coreference");
  const Mention* d = FindMention(*doc, "The foreign minister");
  REQUIRE(d != nullptr);
  REQUIRE(d->entity >= 0);
  CHECK(doc->entities[static_cast<std::size_t>(d->entity)].name == "Tomas Brandt");
}

TEST_CASE("coreference: an untitled description falls back to the main person", "[stage][coreference]") {
  auto doc = Process("Daniel Reyes spoke twice. Reyes was angry. The US president left.", "coreference");
  CHECK(EntityOf(*doc, "The US president") == "Daniel Reyes");
}

TEST_CASE("coreference: possessors become affiliations", "[stage][coreference]") {
  auto doc = Process("Viktor Kessler was away. Kessler's spokesman Ivan Petrov spoke.", "coreference");
  const Entity* peskov = nullptr;
  for (const Entity& e : doc->entities) {
    if (e.name == "Ivan Petrov") peskov = &e;
  }
  REQUIRE(peskov != nullptr);
  REQUIRE(peskov->affiliation >= 0);
  CHECK(doc->entities[static_cast<std::size_t>(peskov->affiliation)].name == "Viktor Kessler");
  CHECK(peskov->affiliation_role == "spokesman");
}

TEST_CASE("coreference: an unknown possessor named like a body is an organisation", "[stage][coreference]") {
  auto doc = Process("In Sarnova, the Palace spokesman Ilan Berg spoke.", "coreference");
  const Entity* berg = nullptr;
  for (const Entity& e : doc->entities) {
    if (e.name == "Ilan Berg") berg = &e;
  }
  REQUIRE(berg != nullptr);
  REQUIRE(berg->affiliation >= 0);
  const Entity& palace = doc->entities[static_cast<std::size_t>(berg->affiliation)];
  CHECK(palace.name == "Palace");
  CHECK(palace.type == NodeType::kOrganization);
}

TEST_CASE("mentions: a name's possessive and a title with no name after it describe someone else",
          "[stage][mentions][coreference]") {
  auto doc = Process(
      "Viktor Kessler spoke first. Kessler's deputy campaign manager said the race was close. "
      "Kessler's spokesman, Ivan Petrov, agreed.",
      "coreference");
  const Mention* role = FindMention(*doc, "Kessler's deputy campaign manager");
  REQUIRE(role != nullptr);
  CHECK(role->kind == MentionKind::kDescription);
  CHECK(role->possessor == "Kessler");
  CHECK(role->title == "deputy campaign manager");
  // Never the owner, never the most mentioned person.
  CHECK(role->entity < 0);
  // A name in commas after the title is who is meant: no description.
  CHECK(FindMention(*doc, "Kessler's spokesman") == nullptr);
}

TEST_CASE("coreference: an appositive description is the name beside it", "[stage][coreference]") {
  auto doc = Process(
      "Ada Wren opened the hearing. Ada Wren spoke again. Jim Lee, the mayor of Carthage, "
      "arrived late. The Lund spokesman, Ivo Marek, left early. Tolle Brandt, the candidate "
      "boasted, was late.",
      "coreference");
  const Mention* mayor = FindMention(*doc, "the mayor");
  REQUIRE(mayor != nullptr);
  CHECK(EntityOf(*doc, "the mayor") == "Jim Lee");
  CHECK(EntityOf(*doc, "The Lund spokesman") == "Ivo Marek");
  // "Brandt, the candidate boasted": no appositive, a new clause.
  CHECK(EntityOf(*doc, "the candidate") != "Tolle Brandt");
}

TEST_CASE("mentions: one unknown word after a title's 'of' is no person", "[stage][mentions]") {
  auto doc = Process("Jim Lee, the mayor of Carthage, spoke. Ada Wren, director of Lumen, left.",
                     "mentions");
  for (const char* body : {"Carthage", "Lumen"}) {
    const Mention* m = FindMention(*doc, body);
    REQUIRE(m != nullptr);
    CHECK(m->type != NodeType::kPerson);
  }
}

TEST_CASE("mentions: a whole name before a lower-case title owns it", "[stage][mentions]") {
  auto doc = Process("Then Harbor Council press secretary Ivo Lenz spoke.", "mentions");
  const Mention* m = FindMention(*doc, "Harbor Council press secretary Ivo Lenz");
  REQUIRE(m != nullptr);
  CHECK(doc->Slice(m->name) == "Ivo Lenz");
  CHECK(m->title == "press secretary");
  CHECK(m->possessor == "Harbor Council");
}

namespace {

// The entity `name` is affiliated with, and in what role ("" if none).
std::pair<std::string, std::string> AffiliationOf(const Document& doc, std::string_view name) {
  for (const Entity& e : doc.entities) {
    if (e.name != name) continue;
    if (e.affiliation < 0) return {"", ""};
    return {doc.entities[static_cast<std::size_t>(e.affiliation)].name, e.affiliation_role};
  }
  return {"<no entity>", ""};
}

}  // namespace

TEST_CASE("coreference: a party adjective before a title stands for the party", "[stage][coreference]") {
  auto doc = Process("Democratic presidential nominee Ada Wren spoke. Republican Sen. Ivo Lenz left.",
                     "coreference");
  CHECK(AffiliationOf(*doc, "Ada Wren") ==
        std::pair<std::string, std::string>{"Democratic Party", "presidential nominee"});
  CHECK(AffiliationOf(*doc, "Ivo Lenz").first == "Republican Party");
}

TEST_CASE("coreference: qualifiers before a title own nothing", "[stage][coreference]") {
  auto doc = Process(
      "Former Ohio governor Ada Wren spoke. Former governor Ivo Lenz left. "
      "Senate Minority Leader Tom Hale agreed.",
      "coreference");
  CHECK(AffiliationOf(*doc, "Ada Wren") == std::pair<std::string, std::string>{"Ohio", "governor"});
  CHECK(AffiliationOf(*doc, "Ivo Lenz").first == "");
  CHECK(AffiliationOf(*doc, "Tom Hale").first == "Senate");
}

TEST_CASE("coreference: an acronym owner is an organisation; lower-case words own nothing",
          "[stage][coreference]") {
  auto doc = Process("RNX spokesman Ivo Lenz spoke. Harbor News senior investigative reporter Ada Wren left.",
                     "coreference");
  const auto lenz = AffiliationOf(*doc, "Ivo Lenz");
  CHECK(lenz.first == "RNX");
  for (const Entity& e : doc->entities) {
    if (e.name == "RNX") CHECK(e.type == NodeType::kOrganization);
  }
  CHECK(AffiliationOf(*doc, "Ada Wren").first == "");
}
