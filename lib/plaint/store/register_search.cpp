// Search: FTS5 queries over case_search and party_names (schemas/011), and
// the lookups behind forgiving filters. The user's words are never SQL and
// never FTS5 syntax: each is quoted as a phrase, so a stray quote or an
// operator word is just a word. No message here names the words or a name.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <iterator>
#include <set>

namespace plaint::store {

using namespace detail;

namespace {

// The fields of case_search, in column order after ref, and what a hit in
// each is called.
constexpr std::array<const char*, 4> search_fields = {"summary", "lesson", "note", "correspondence"};

// Letters and digits make tokens for unicode61; a word of nothing else
// (punctuation only) would be an empty phrase.
bool has_token(std::string_view word) {
    return std::any_of(word.begin(), word.end(), [](char ch) {
        const auto byte = static_cast<unsigned char>(ch);
        return byte >= 0x80 || std::isalnum(byte);
    });
}

std::string phrase(std::string_view word, bool prefix) {
    std::string quoted = "\"";
    for (char ch : word) quoted += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return quoted + (prefix ? "\"*" : "\"");
}

// Each word as a quoted phrase, all of them required; "word*" a prefix.
std::string words_expression(const std::vector<std::string>& words) {
    std::vector<std::string> terms;
    for (const auto& word : words) {
        const bool prefix = word.size() > 1 && word.back() == '*';
        const std::string_view bare = prefix ? std::string_view(word).substr(0, word.size() - 1) : word;
        if (has_token(bare)) terms.push_back(phrase(bare, prefix));
    }
    if (terms.empty() && !words.empty())
        throw UsageError("the search words hold no letters or digits to search for",
                         "give words of letters or digits; punctuation is ignored");
    return fmt::format("{}", fmt::join(terms, " "));
}

// A name's words, each a prefix: "j smi" finds "Jane Smith".
std::string name_expression(const std::string& name) {
    std::vector<std::string> terms;
    std::string token;
    const auto flush = [&] {
        if (!token.empty()) terms.push_back(phrase(token, true));
        token.clear();
    };
    for (char ch : name) {
        const auto byte = static_cast<unsigned char>(ch);
        if (byte >= 0x80 || std::isalnum(byte)) token += ch;
        else flush();
    }
    flush();
    if (terms.empty())
        throw UsageError("--party holds no letters or digits to search for", "give a name or the start of one");
    return fmt::format("{}", fmt::join(terms, " "));
}

std::string conditions(const Register::SearchQuery& q, bool party = true) {
    std::string where;
    if (!q.include_voided) where += " AND c.voided_on IS NULL";
    if (q.status == CaseFilter::Status::open) where += " AND c.closed_on IS NULL";
    if (q.status == CaseFilter::Status::closed) where += " AND c.closed_on IS NOT NULL";
    if (q.party && party)
        where += " AND c.ref IN (SELECT p.case_ref FROM parties p WHERE p.role IN ('complainant', 'on-behalf-of')"
                 " AND p.id IN (SELECT rowid FROM party_names WHERE party_names MATCH :party))";
    return where;
}

// Ranking every match of a word found in a quarter of the cases costs
// seconds (bm25 reads each row's size); the newest matches are found in
// rowid order (year, number) without ranking. So the newest `ranked_window`
// matching rows are ranked, all of them when fewer match, and the window
// grows eightfold while the page is not full after the other filters.
constexpr std::int64_t ranked_window = 5000;

std::string words_sql(const Register::SearchQuery& q, bool windowed) {
    std::string snippets;
    const std::size_t fields = q.personal ? search_fields.size() : 2; // notes and correspondence are personal
    for (std::size_t i = 0; i < fields; ++i)
        snippets += fmt::format(", snippet(case_search, {}, char(2), char(3), '...', 10)", i + 1);
    return fmt::format("SELECT s.ref{} FROM case_search s JOIN cases c ON c.ref = s.ref"
                       " WHERE case_search MATCH :words{}{} ORDER BY s.rank LIMIT :limit OFFSET :offset",
                       snippets, windowed ? " AND s.rowid >= :lowest" : "", conditions(q));
}

// A name alone: the parties found, newest first (party ids grow as cases
// are logged), streamed, so that the first page of a common surname reads
// a page's worth of rows; a case with two such parties comes once (search()).
std::string party_sql(const Register::SearchQuery& q) {
    return fmt::format("SELECT c.ref FROM party_names n JOIN parties p ON p.id = n.rowid JOIN cases c ON c.ref = p.case_ref"
                       " WHERE party_names MATCH :party AND p.role IN ('complainant', 'on-behalf-of'){}"
                       " ORDER BY n.rowid DESC",
                       conditions(q, false));
}

// SQLite reports a malformed full-text query with the query in the message:
// it must not reach the user's terminal or a log.
bool is_fts_error(const SQLite::Exception& e) {
    const std::string what = e.what();
    return what.starts_with("fts5:") || what.find("malformed MATCH") != std::string::npos;
}

Register::SearchHit read_hit(SQLite::Database& db, SQLite::Statement& row, std::size_t fields) {
    Register::SearchHit hit;
    auto& fetch = cached_statement(db, fmt::format("SELECT {} FROM cases WHERE ref = ?", case_columns));
    fetch.bind(1, row.getColumn(0).getString());
    if (fetch.executeStep()) hit.record = read_case(fetch);
    fetch.reset();
    fetch.clearBindings();
    for (std::size_t i = 0; i < fields; ++i) {
        std::string text = row.getColumn(static_cast<int>(i + 1)).getString();
        if (text.find('\x02') == std::string::npos) continue;
        hit.matched.emplace_back(search_fields[i]);
        hit.snippets.emplace(search_fields[i], std::move(text));
    }
    return hit;
}

// Fields a filter may name: fixed, never from input.
constexpr std::array<const char*, 6> filter_fields = {"owner", "provider", "state", "kind", "procedure", "subject"};

const char* filter_field(std::string_view field) {
    for (const char* f : filter_fields)
        if (field == f) return f;
    throw std::invalid_argument(fmt::format("not a case field for filters: {}", field));
}

// The rowid of the `window`th newest row matching `words`; none when fewer match.
std::optional<std::int64_t> window_start(SQLite::Database& db, const std::string& words, std::int64_t window) {
    SQLite::Statement q(db, "SELECT rowid FROM case_search WHERE case_search MATCH ? ORDER BY rowid DESC"
                            " LIMIT 1 OFFSET ?");
    q.bind(1, words);
    q.bind(2, window - 1);
    if (!q.executeStep()) return std::nullopt;
    return q.getColumn(0).getInt64();
}

} // namespace

void detail::fill_search_index(SQLite::Database& db) {
    db.exec("DELETE FROM case_search");
    db.exec("INSERT INTO case_search (rowid, ref, summary, lessons, notes, correspondence)"
            " SELECT * FROM case_search_source");
    db.exec("INSERT INTO party_names (party_names) VALUES ('rebuild')");
}

void detail::without_search_triggers(SQLite::Database& db, const std::function<void()>& body) {
    std::vector<std::pair<std::string, std::string>> triggers; // name, CREATE TRIGGER statement
    SQLite::Statement q(db, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'search\\_%'"
                            " ESCAPE '\\' ORDER BY name");
    while (q.executeStep()) triggers.emplace_back(q.getColumn(0).getString(), q.getColumn(1).getString());
    for (const auto& [name, sql] : triggers) db.exec(fmt::format("DROP TRIGGER \"{}\"", name));
    body(); // when it throws, the caller's transaction rolls the drops back
    for (const auto& [name, sql] : triggers) db.exec(sql);
    fill_search_index(db);
}

Register::SearchPage Register::search(const SearchQuery& query) const {
    SearchPage page;
    const bool by_words = !query.words.empty();
    if (!by_words && !query.party) throw UsageError("give words to search for, or --party NAME");
    if (query.party && !query.personal)
        throw UsageError("--party searches personal data: it cannot be used with --no-personal");
    std::string words = by_words ? words_expression(query.words) : std::string();
    if (by_words && !query.personal) words = "{summary lessons} : (" + words + ")";
    const std::string party = query.party ? name_expression(*query.party) : std::string();
    const std::size_t fields = by_words ? (query.personal ? search_fields.size() : 2) : 0;
    const auto by_party = [&] {
        SQLite::Statement q(impl_->db, party_sql(query));
        q.bind(":party", party);
        std::set<std::string> seen;
        auto skip = query.offset;
        while (q.executeStep()) {
            if (!seen.insert(q.getColumn(0).getString()).second || skip-- > 0) continue;
            if (static_cast<std::int64_t>(page.hits.size()) == query.limit) {
                page.more = true;
                break;
            }
            page.hits.push_back(read_hit(impl_->db, q, 0));
            page.hits.back().matched.emplace_back("party");
        }
    };
    const auto run = [&](std::optional<std::int64_t> lowest) {
        page = {};
        SQLite::Statement q(impl_->db, words_sql(query, lowest.has_value()));
        q.bind(":words", words);
        if (lowest) q.bind(":lowest", *lowest);
        if (query.party) q.bind(":party", party);
        q.bind(":limit", query.limit + 1);
        q.bind(":offset", query.offset);
        std::int64_t rows = 0;
        while (q.executeStep()) {
            ++rows;
            if (static_cast<std::int64_t>(page.hits.size()) == query.limit) {
                page.more = true;
                break;
            }
            page.hits.push_back(read_hit(impl_->db, q, fields));
            if (query.party) page.hits.back().matched.emplace_back("party");
        }
        return rows; // limit + 1 when the page is full and there is more
    };
    translate_sqlite("searching the register", [&] {
        try {
            if (!by_words) return by_party();
            for (std::int64_t window = ranked_window;; window *= 8) {
                const auto lowest = window_start(impl_->db, words, std::max(window, query.offset + query.limit + 1));
                if (run(lowest) > query.limit || !lowest) return;
            }
        } catch (const SQLite::Exception& e) {
            if (is_fts_error(e))
                throw UsageError("the search could not be read as words to look for",
                                 "give plain words; a trailing * makes a word a prefix");
            throw;
        }
    });
    return page;
}

std::optional<std::string> Register::ref_numbered(int year, std::int64_t number) const {
    std::optional<std::string> ref;
    translate_sqlite("looking up the reference", [&] {
        SQLite::Statement q(impl_->db, "SELECT ref FROM cases WHERE year = ? AND number = ?");
        q.bind(1, year);
        q.bind(2, number);
        if (q.executeStep()) ref = q.getColumn(0).getString();
    });
    return ref;
}

bool Register::has_case_value(std::string_view field, const std::string& value) const {
    bool found = false;
    const char* column = filter_field(field);
    translate_sqlite("reading the register", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT 1 FROM cases WHERE {} = ? LIMIT 1", column));
        q.bind(1, value);
        found = q.executeStep();
    });
    return found;
}

std::vector<std::string> Register::case_values(std::string_view field) const {
    std::vector<std::string> values;
    const char* column = filter_field(field);
    translate_sqlite("reading the register", [&] {
        SQLite::Statement q(impl_->db, fmt::format("SELECT DISTINCT {0} FROM cases WHERE {0} IS NOT NULL ORDER BY {0}",
                                                   column));
        while (q.executeStep()) values.push_back(q.getColumn(0).getString());
    });
    return values;
}

} // namespace plaint::store
