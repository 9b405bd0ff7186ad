#include "quotegraph/exporters/brat_writer.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <tuple>
#include <vector>

#include "quotegraph/core/error.h"
#include "quotegraph/exporters/atomic_file.h"

namespace quotegraph {
namespace {

namespace fs = std::filesystem;

// brat keeps one line per annotation: newlines and tabs in text become
// spaces (offsets, not text, are what counts).
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

std::string SpanText(const Span& s) {
  return std::to_string(s.start) + " " + std::to_string(s.end);
}

class AnnWriter {
 public:
  explicit AnnWriter(std::ostream& out) : out_(out) {}

  // Writes a T line; returns its id.
  std::string Text(const char* type, const std::string& spans, const std::string& text) {
    const std::string id = "T" + std::to_string(++t_);
    out_ << id << '\t' << type << ' ' << spans << '\t' << OneLine(text) << '\n';
    return id;
  }

  void Event(const std::string& trigger, const std::string& source, const std::string& cue,
             const std::string& content) {
    out_ << "E" << ++e_ << "\tAttribution:" << trigger;
    if (!source.empty()) out_ << " Source:" << source;
    out_ << " Cue:" << cue << " Content:" << content << '\n';
  }

 private:
  std::ostream& out_;
  int t_ = 0;
  int e_ = 0;
};

}  // namespace

std::string BratFileStem(const Node& article) {
  std::string stem;
  if (!article.file.empty() && article.file != "-") {
    stem = fs::path(article.file).stem().string();
  }
  // A JSON file holds many articles: their ids tell them apart.
  const std::string ext = fs::path(article.file).extension().string();
  if (stem.empty() || ext == ".json" || ext == ".jsonl" || ext == ".ndjson") {
    stem = article.id.substr(article.id.find(':') + 1);
  }
  for (char& c : stem) {
    if (c == '/' || c == '\\' || c == '\0') c = '_';
  }
  while (!stem.empty() && stem.front() == '.') stem.front() = '_';
  if (stem.empty()) stem = "article";
  return stem;
}

void WriteBratAnnotations(const Graph& graph, std::size_t article_node, std::ostream& out) {
  const Node& article = graph.node(article_node);
  std::vector<std::size_t> statements;
  for (std::size_t e : graph.InEdges(article_node)) {
    const Edge& edge = graph.edge(e);
    if (edge.type != EdgeType::kReportedBy || edge.role != "article") continue;
    const std::size_t s = graph.Find(edge.source);
    if (s != Graph::kNone && graph.node(s).evidence.article + "" ==
                                 article.id.substr(article.id.find(':') + 1)) {
      statements.push_back(s);
    }
  }
  std::sort(statements.begin(), statements.end(), [&](std::size_t a, std::size_t b) {
    const Evidence& x = graph.node(a).evidence;
    const Evidence& y = graph.node(b).evidence;
    return std::tie(x.content.start, x.content.end, x.cue.start, graph.node(a).id) <
           std::tie(y.content.start, y.content.end, y.cue.start, graph.node(b).id);
  });
  AnnWriter ann(out);
  for (std::size_t s : statements) {
    const Node& n = graph.node(s);
    const Evidence& ev = n.evidence;
    if (!ev.content.present() || !ev.cue.present()) continue;
    std::string source;
    if (ev.source.present()) source = ann.Text("Source", SpanText(ev.source), n.speaker_text);
    const std::string cue = ann.Text("Cue", SpanText(ev.cue), n.cue);
    std::string spans;
    if (ev.content_fragments.empty()) {
      spans = SpanText(ev.content);
    } else {
      for (const Span& f : ev.content_fragments) {
        if (!spans.empty()) spans += ';';
        spans += SpanText(f);
      }
    }
    const std::string content = ann.Text("Content", spans, n.text);
    const std::string trigger = ann.Text("Attribution", SpanText(ev.cue), n.cue);
    ann.Event(trigger, source, cue, content);
  }
}

void WriteBratDirectory(const Graph& graph, const std::string& dir) {
  std::error_code ec;
  fs::create_directories(dir, ec);
  if (ec) throw Error(dir + ": cannot create directory: " + ec.message());
  std::map<std::string, std::size_t> names;  // stem -> article, to catch clashes
  for (std::size_t i : graph.SortedNodes()) {
    const Node& n = graph.node(i);
    if (n.type != NodeType::kSource || n.source_kind != SourceKind::kArticle) continue;
    std::string stem = BratFileStem(n);
    for (int k = 2; names.count(stem) > 0; ++k) stem = BratFileStem(n) + "-" + std::to_string(k);
    names.emplace(stem, i);
    const std::string path = (fs::path(dir) / (stem + ".ann")).string();
    WriteFileAtomically(path, [&](std::ostream& out) { WriteBratAnnotations(graph, i, out); });
  }
}

}  // namespace quotegraph
