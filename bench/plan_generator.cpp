#include "plan_generator.hpp"

#include <algorithm>
#include <array>
#include <string_view>

namespace mseg::bench {
namespace {

// splitmix64: the same sequence on every platform (std distributions are not).
class Random {
 public:
  explicit Random(std::uint64_t seed) : state_(seed * 0x9E3779B97F4A7C15ull + 0x2545F4914F6CDD1Dull) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }
  std::size_t below(std::size_t n) { return n == 0 ? 0 : static_cast<std::size_t>(next() % n); }
  bool chance(double p) { return static_cast<double>(next() >> 11) * 0x1.0p-53 < p; }
  template <typename List>
  const auto& pick(const List& list) { return list[below(std::size(list))]; }

 private:
  std::uint64_t state_;
};

using Words = std::string_view;

constexpr Words kVerbs[] = {
    "Develop", "Finalize", "Establish", "Review", "Report on", "Coordinate", "Compile", "Draft and seek approval for",
    "Conduct", "Identify", "Share", "Monitor", "Promote", "Support", "Continue to implement", "Prepare", "Organise",
    "Assess", "Update", "Consider", "Complete", "Distribute"};
constexpr Words kObjects[] = {
    "a regional action plan", "a questionnaire", "a memorandum of cooperation", "a training matrix",
    "a points of contact list", "a model visit program", "a manual of best practices", "a capacity building workshop",
    "a risk assessment toolkit", "a symposium", "an information sharing arrangement", "a pilot project",
    "a gap analysis", "a drills and exercises programme", "a port security audit", "a seafarer identification report",
    "a supply chain security strategy", "a cargo screening guideline", "a port worker identification scheme",
    "a self-assessment checklist", "a technical assistance package", "a register of experts", "a compliance survey",
    "a catalogue of training initiatives", "an implementation assistance program", "a tabletop exercise",
    "a lessons learned report", "a mentoring scheme", "a database of incidents", "a framework for cooperation"};
constexpr Words kTopics[] = {
    "port facility security", "ship security plans", "container screening", "piracy", "armed robbery at sea",
    "maritime domain awareness", "vessel tracking", "crew training", "security drills", "cargo manifests",
    "port state control", "coastal surveillance", "search and rescue", "ferry terminals", "offshore platforms",
    "small craft", "fishing vessels", "cruise terminals", "dangerous goods", "customs cooperation",
    "intermodal transfer points", "transshipment hubs", "biometric credentials", "access control",
    "perimeter fencing", "CCTV coverage", "cyber security", "incident reporting", "threat levels",
    "security officers", "long range identification", "automatic identification systems", "stowaways",
    "smuggling", "hazardous cargo", "anchorage patrols", "harbour pilots", "bunkering", "dry bulk terminals",
    "liquefied natural gas carriers", "tanker terminals", "roll-on roll-off ferries", "inland waterways",
    "archipelagic sea lanes", "straits traffic", "ship-to-ship transfers", "seafarer welfare", "port labour",
    "security equipment", "radiation detection", "explosives detection", "canine units", "underwater inspection",
    "emergency response", "business continuity", "trade recovery", "risk management", "security assessments",
    "declarations of security", "continuous synopsis records", "ship security alert systems", "security levels",
    "port security committees", "national contact points", "regional coordination centres", "information fusion",
    "joint patrols", "boarding procedures", "evidence handling", "prosecution of offenders", "legal frameworks",
    "model legislation", "IMO guidance", "WCO standards", "ISO 28000 certification", "ILO conventions",
    "ASEAN cooperation", "OAS cooperation", "SPC programmes", "CTTF priorities", "STAR initiatives",
    "trade facilitation impacts", "supply chain resilience", "container seals", "electronic manifests",
    "advance cargo information", "authorised economic operators", "mutual recognition arrangements"};
constexpr Words kPlaces[] = {
    "Port Klang", "Busan", "Manila", "Haiphong", "Callao", "Valparaiso", "Lae", "Surabaya", "Laem Chabang",
    "Kaohsiung", "Vladivostok", "Auckland", "Fremantle", "Long Beach", "Vancouver", "Manzanillo", "Yokohama",
    "Tianjin", "Ningbo", "Cebu", "Davao", "Da Nang", "Muara", "Tanjung Priok", "Penang", "Lyttelton", "Brisbane",
    "Darwin", "Prince Rupert", "Tacoma", "Honolulu", "Lazaro Cardenas", "Iquique", "Antofagasta", "Paita",
    "Port Moresby", "Rabaul", "Batangas", "Subic Bay", "Kobe", "Nagoya", "Hakata", "Incheon", "Ulsan", "Keelung",
    "Xiamen", "Qingdao", "Dalian", "Shenzhen", "Hong Kong", "Singapore", "Bangkok", "Songkhla", "Belawan",
    "Makassar", "Bitung", "Kuantan", "Bintulu", "Nakhodka", "Napier", "Tauranga", "Townsville", "Oakland",
    "Seattle", "Ensenada", "Guaymas", "Matarani", "San Antonio", "Talcahuano", "Puerto Montt", "Madang", "Iloilo",
    "Quy Nhon", "Vung Tau", "Sandakan"};
constexpr Words kCodenames[] = {
    "Albatross", "Barracuda", "Cormorant", "Dugong", "Egret", "Frigatebird", "Grouper", "Heron", "Ibis", "Jacana",
    "Kingfisher", "Lionfish", "Marlin", "Nautilus", "Osprey", "Petrel", "Quetzal", "Remora", "Stingray", "Tern",
    "Urchin", "Vanga", "Wrasse", "Xenops", "Yellowtail", "Zebrafish", "Anchovy", "Bonito", "Coral", "Dolphin",
    "Eel", "Flounder", "Gannet", "Halibut", "Itoki", "Jellyfish", "Kelp", "Lobster", "Manta", "Narwhal", "Orca",
    "Pelican", "Queenfish", "Reef", "Sardine", "Tuna", "Unicornfish", "Velella", "Walrus", "Xiphias", "Yabby",
    "Zander", "Abalone", "Booby", "Cuttlefish", "Drongo", "Emperor", "Fusilier", "Garfish", "Hawksbill"};
constexpr Words kPurposes[] = {
    "to strengthen maritime security in the APEC region", "for consideration by the IMO",
    "for presentation at the next MSEG meeting", "in order to avoid duplication of initiatives",
    "and report the results to the next meeting", "for review and approval by member economies",
    "to assist developing economies", "in partnership with industry", "with the support of the APEC Secretariat",
    "as a reference resource for all member economies", "through an ad hoc working group",
    "taking into account the lessons learned from earlier pilots"};
constexpr Words kEconomies[] = {
    "Australia", "Brunei Darussalam", "Canada", "Chile", "China", "Hong Kong", "Indonesia", "Japan", "Korea",
    "Malaysia", "Mexico", "New Zealand", "Papua New Guinea", "Peru", "Philippines", "Russia", "Singapore",
    "Chinese Taipei", "Thailand", "US", "Viet Nam"};
constexpr Words kGroups[] = {"MSEG Chair", "MSEG Secretariat", "MSEG members", "Chair", "ICIAP Coordinator"};
constexpr Words kLabels[] = {"Pilot Project", "Phase 2", "Phase 3", "Questionnaire", "Manual", "Workshop"};
constexpr Words kMonths[] = {"January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"};
constexpr Words kIssuers[] = {"Ministers", "Leaders"};
constexpr Words kDirectiveVerbs[] = {
    "reiterated the importance of", "welcomed the work on", "encouraged member economies to pursue",
    "requested the Working Group to progress", "committed to continue cooperation on", "supported initiatives on",
    "stressed the need for capacity building in", "noted progress on"};
constexpr Words kPriorityHeads[] = {"Program", "Initiative", "Framework", "Capacity Building", "Cooperation",
                                    "Best Practices"};
// Rewordings edit_plan applies: a word and what the next edition says instead.
constexpr std::array<std::pair<Words, Words>, 12> kRewordings{{
    {"Ministers", "Leaders"}, {"Develop", "Prepare"}, {"Finalize", "Complete"}, {"Review", "Assess"},
    {"strengthen", "enhance"}, {"regional", "APEC-wide"}, {"assist", "help"}, {"Compile", "Assemble"},
    {"Conduct", "Hold"}, {"Share", "Exchange"}, {"Monitor", "Follow"}, {"Promote", "Encourage"}}};
constexpr Words kInsertions[] = {"further", "effective", "joint", "updated", "comprehensive"};

std::string deadline(Random& r) {
  switch (r.below(10)) {
    case 0: return "ongoing";
    case 1: return "Q" + std::to_string(1 + r.below(4)) + " " + std::to_string(2006 + r.below(7));
    default: return std::string(r.pick(kMonths)) + " " + std::to_string(2006 + r.below(7));
  }
}

SyntheticTag tag(Random& r) {
  SyntheticTag t;
  if (r.chance(0.1)) t.label = std::string(r.pick(kLabels));
  std::size_t owners = 1 + (r.chance(0.3) ? r.below(3) : 0);
  if (owners > 1 && r.chance(0.4)) t.role = "Lead Economies";
  for (std::size_t i = 0; i < owners; ++i) {
    std::string o(r.chance(0.75) ? r.pick(kEconomies) : r.pick(kGroups));
    if (std::find(t.owners.begin(), t.owners.end(), o) == t.owners.end()) t.owners.push_back(o);
  }
  t.deadline = deadline(r);
  return t;
}

// Initiative numbers range over 1..max(99, actions in the plan): a real plan's
// vocabulary grows with its size, so a large plan is not a small one repeated.
std::size_t initiative_numbers(std::size_t actions) { return std::max<std::size_t>(99, actions); }

SyntheticAction action(Random& r, std::size_t numbers) {
  SyntheticAction a;
  // Two topics, a port and a numbered initiative make most actions as distinct as real ones.
  a.text = std::string(r.pick(kVerbs)) + " " + std::string(r.pick(kObjects)) + " on " + std::string(r.pick(kTopics)) +
           " and " + std::string(r.pick(kTopics)) + " at " + std::string(r.pick(kPlaces)) + " under the " +
           std::string(r.pick(kCodenames)) + "-" + std::to_string(1 + r.below(numbers)) + " initiative";
  if (r.chance(0.4)) a.text += " " + std::string(r.pick(kPurposes));
  a.text += ".";
  a.tags.push_back(tag(r));
  if (r.chance(0.05)) a.tags.push_back(tag(r));
  return a;
}

SyntheticDirective directive(Random& r) {
  SyntheticDirective d;
  d.text = std::string(r.pick(kIssuers)) + " " + std::string(r.pick(kDirectiveVerbs)) + " " +
           std::string(r.pick(kTopics)) + " and " + std::string(r.pick(kTopics)) + ", with emphasis on " +
           std::string(r.pick(kTopics)) + " in " + std::string(r.pick(kPlaces));
  switch (r.below(5)) {
    case 0: d.citation = "(Bogor Goal)"; break;
    // Years of documents that exist (docs/citations.md), as real plans cite them.
    case 1: d.citation = "(Leaders\u2019 Statement " + std::to_string(2005 + r.below(2)) + ")"; break;
    default: {
      static constexpr int kMeetingYears[] = {2004, 2007, 2009};
      d.citation = "(Ministerial Statement " + std::to_string(kMeetingYears[r.below(3)]) + ")";
      break;
    }
  }
  return d;
}

SyntheticPriority priority(Random& r) {
  std::string topic(r.pick(kTopics));
  if (!topic.empty() && topic[0] >= 'a' && topic[0] <= 'z') topic[0] = static_cast<char>(topic[0] - 'a' + 'A');
  return {topic + " " + std::string(r.pick(kPriorityHeads)) + " for " + std::string(r.pick(kPlaces)), -1};
}

// Changes 1-3 words: a known rewording where one applies, else an inserted word.
void reword(std::string& text, Random& r) {
  std::size_t changes = 1 + r.below(3);
  for (std::size_t c = 0; c < changes; ++c) {
    bool done = false;
    for (std::size_t tries = 0; tries < 4 && !done; ++tries) {
      const auto& [from, to] = r.pick(kRewordings);
      auto at = text.find(from);
      if (at != std::string::npos) {
        text.replace(at, from.size(), to);
        done = true;
      }
    }
    if (!done) {
      auto space = text.find(' ', r.below(text.size()));
      if (space == std::string::npos) space = text.find(' ');
      if (space == std::string::npos) space = text.size();
      text.insert(space, " " + std::string(r.pick(kInsertions)));
    }
  }
}

template <typename T>
void shuffle(std::vector<T>& v, Random& r) {
  for (std::size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[r.below(i)]);
}

}  // namespace

std::size_t SyntheticPlan::action_count() const {
  std::size_t n = 0;
  for (const auto& s : sections) n += s.actions.size();
  return n;
}

SyntheticPlan generate_plan(const GeneratorOptions& o) {
  Random r(o.seed);
  SyntheticPlan plan;
  plan.title = "Maritime Security Experts Group Work Plan";
  plan.meeting = "TPTWG " + std::to_string(20 + r.below(30)) + " " + std::string(r.pick(kPlaces));
  std::size_t per = std::max<std::size_t>(1, o.actions_per_section);
  std::size_t sections = std::max<std::size_t>(1, o.actions / per);
  plan.sections.resize(sections);
  std::int64_t directives = 0, priorities = 0, actions = 0;
  for (std::size_t s = 0; s < sections; ++s) {
    auto& sec = plan.sections[s];
    std::size_t nd = std::min<std::size_t>(26, 1 + r.below(2 * std::max<std::size_t>(1, o.directives_per_section)));
    for (std::size_t i = 0; i < nd; ++i) {
      sec.directives.push_back(directive(r));
      sec.directives.back().origin = directives++;
    }
    std::size_t np = r.below(2 * o.priorities_per_section + 1);
    for (std::size_t i = 0; i < np; ++i) {
      sec.priorities.push_back(priority(r));
      sec.priorities.back().origin = priorities++;
    }
  }
  // Actions spread evenly, the remainder over the first sections.
  for (std::size_t i = 0; i < o.actions; ++i) {
    auto& sec = plan.sections[i % sections];
    sec.actions.push_back(action(r, initiative_numbers(o.actions)));
    sec.actions.back().origin = actions++;
  }
  return plan;
}

SyntheticPlan edit_plan(const SyntheticPlan& plan, const EditOptions& o, EditLog* log) {
  Random r(o.seed);
  EditLog counts;
  SyntheticPlan next = plan;
  if (next.sections.empty()) return next;
  std::size_t original = plan.action_count();
  for (auto& sec : next.sections) {
    for (auto& d : sec.directives)
      if (r.chance(o.reword)) {
        reword(d.text, r);
        ++counts.reworded;
      }
    for (auto& p : sec.priorities)
      if (r.chance(o.reword)) {
        reword(p.title, r);
        ++counts.reworded;
      }
    std::vector<SyntheticAction> kept;
    for (auto& a : sec.actions) {
      if (r.chance(o.drop)) {
        ++counts.dropped;
        continue;
      }
      if (r.chance(o.reword)) {
        reword(a.text, r);
        ++counts.reworded;
      }
      if (r.chance(o.retag)) {
        auto& t = a.tags[r.below(a.tags.size())];
        if (r.chance(0.6) || t.owners.empty()) t.deadline = deadline(r);
        else t.owners[r.below(t.owners.size())] = std::string(r.pick(kEconomies));
        ++counts.retagged;
      }
      kept.push_back(std::move(a));
    }
    sec.actions = std::move(kept);
  }
  if (next.sections.size() > 1) {
    std::size_t moves = static_cast<std::size_t>(o.move * static_cast<double>(original));
    for (std::size_t m = 0; m < moves; ++m) {
      auto& from = next.sections[r.below(next.sections.size())];
      if (from.actions.empty()) continue;
      std::size_t at = r.below(from.actions.size());
      SyntheticAction a = std::move(from.actions[at]);
      from.actions.erase(from.actions.begin() + static_cast<std::ptrdiff_t>(at));
      auto* to = &next.sections[r.below(next.sections.size())];
      if (to == &from) to = &next.sections[(static_cast<std::size_t>(&from - next.sections.data()) + 1) % next.sections.size()];
      to->actions.insert(to->actions.begin() + static_cast<std::ptrdiff_t>(r.below(to->actions.size() + 1)), std::move(a));
      ++counts.moved;
    }
  }
  std::size_t adds = static_cast<std::size_t>(o.add * static_cast<double>(original));
  for (std::size_t i = 0; i < adds; ++i) {
    auto& sec = next.sections[r.below(next.sections.size())];
    sec.actions.insert(sec.actions.begin() + static_cast<std::ptrdiff_t>(r.below(sec.actions.size() + 1)), action(r, initiative_numbers(original)));
    ++counts.added;
  }
  for (auto& sec : next.sections)
    if (r.chance(o.shuffle_rows)) shuffle(sec.actions, r);
  for (std::size_t i = 0; i < next.sections.size(); ++i)
    if (r.chance(o.shuffle_sections)) std::swap(next.sections[i], next.sections[r.below(next.sections.size())]);
  if (log) *log = counts;
  return next;
}

std::string render_plan(const SyntheticPlan& plan) {
  std::string out;
  out.reserve(plan.action_count() * 260 + 1024);
  out += plan.title + "\n\n" + plan.meeting + "\n\n\n";
  out += "The Maritime Security Experts Group (MSEG) is an effective forum for member Economies to work "
         "cooperatively in developing and implementing measures to strengthen maritime security in the APEC region.\n";
  out += "\tGoals and Objectives\n\tMSEG Priorities\n\tAction Items\n\n";
  for (std::size_t s = 0; s < plan.sections.size(); ++s) {
    const auto& sec = plan.sections[s];
    std::string number = std::to_string(s + 1);
    // Directive cell: "1A.  text (citation)", one paragraph each.
    out += '\t';
    for (std::size_t i = 0; i < sec.directives.size(); ++i) {
      if (i) out += "\n";
      out += number + static_cast<char>('A' + i) + ".  " + sec.directives[i].text + " " + sec.directives[i].citation + "\n";
    }
    if (sec.directives.empty()) out += "\n";
    // Priority cell: "1.1  title", one line each; a lone tab when there are none.
    out += '\t';
    for (std::size_t i = 0; i < sec.priorities.size(); ++i) {
      if (i) out += "\n";
      out += number + "." + std::to_string(i + 1) + "  " + sec.priorities[i].title + "\n";
    }
    if (sec.priorities.empty()) out += "\n";
    // Action cell: one action per line, each ending in its tags.
    out += '\t';
    for (std::size_t i = 0; i < sec.actions.size(); ++i) {
      const auto& a = sec.actions[i];
      if (i) out += (i % 3 == 0) ? "\n\n" : "\n";
      out += a.text;
      for (const auto& t : a.tags) {
        out += " (";
        if (t.label) out += *t.label + " \u2013 ";
        if (t.role) out += *t.role + ": ";
        for (std::size_t k = 0; k < t.owners.size(); ++k) out += (k ? ", " : "") + t.owners[k];
        out += "/" + t.deadline + ")";
      }
    }
    out += "\n\n";
  }
  return out;
}

}  // namespace mseg::bench
