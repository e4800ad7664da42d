// A case's aspects, lessons and actions: the child tables of the projection
// (schemas/006_classification.sql), written and read with statements
// prepared once per transaction.

#include "plaint/core/error.hpp"
#include "plaint/store/register_impl.hpp"

#include <fmt/format.h>

namespace plaint::store::detail {
namespace {

void run(SQLite::Statement& s) {
    s.exec();
    s.reset();
}

Date required_date(const SQLite::Column& c) {
    if (auto d = parse_iso_date(c.getString())) return *d;
    throw StoreError(fmt::format("the register holds an invalid date '{}' in column {}", c.getString(), c.getName()));
}

std::optional<Date> optional_date(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return required_date(c);
}

std::optional<std::string> optional_text(const SQLite::Column& c) {
    if (c.isNull()) return std::nullopt;
    return c.getString();
}

} // namespace

DetailWriter::DetailWriter(SQLite::Database& db)
    : delete_aspects_(db, "DELETE FROM case_aspects WHERE case_ref = ?"),
      delete_lessons_(db, "DELETE FROM case_lessons WHERE case_ref = ?"),
      delete_actions_(db, "DELETE FROM case_actions WHERE case_ref = ?"),
      delete_links_(db, "DELETE FROM case_links WHERE case_ref = ?"),
      delete_contributions_(db, "DELETE FROM case_contributions WHERE case_ref = ?"),
      insert_aspect_(db, "INSERT INTO case_aspects (case_ref, position, subject, service, profession) VALUES (?, ?, ?, ?, ?)"),
      insert_lesson_(db, "INSERT INTO case_lessons (case_ref, number, recorded_on, lesson) VALUES (?, ?, ?, ?)"),
      insert_action_(db, "INSERT INTO case_actions (case_ref, number, action, owner, due, added_on, done_on)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?)"),
      insert_link_(db, "INSERT INTO case_links (case_ref, other_ref, relation, linked_on) VALUES (?, ?, ?, ?)"),
      insert_contribution_(db, "INSERT INTO case_contributions (case_ref, number, requested_of, requested_on, due,"
                               " received_on) VALUES (?, ?, ?, ?, ?, ?)") {}

void DetailWriter::write(const reg::CaseRecord& r, bool replace) {
    if (replace) {
        for (auto* s : {&delete_aspects_, &delete_lessons_, &delete_actions_, &delete_links_, &delete_contributions_}) {
            s->bind(1, r.ref);
            run(*s);
        }
    }
    int position = 0;
    for (const auto& a : r.aspects) {
        Binder(insert_aspect_).text(1, r.ref).number(2, ++position).text(3, a.subject).text_or_null(4, a.service)
            .text_or_null(5, a.profession);
        run(insert_aspect_);
    }
    for (const auto& l : r.lessons) {
        Binder b(insert_lesson_);
        b.text(1, r.ref).number(2, l.number).date(3, l.recorded_on).text(4, l.text);
        run(insert_lesson_);
    }
    for (const auto& a : r.actions) {
        Binder b(insert_action_);
        b.text(1, r.ref).number(2, a.number).text(3, a.text).text(4, a.owner).date(5, a.due).date(6, a.added_on);
        b.date(7, a.done_on);
        run(insert_action_);
    }
    for (const auto& l : r.links) {
        Binder b(insert_link_);
        b.text(1, r.ref).text(2, l.other).text(3, l.relation).date(4, l.linked_on);
        run(insert_link_);
    }
    for (const auto& c : r.contributions) {
        Binder b(insert_contribution_);
        b.text(1, r.ref).number(2, c.number).text(3, c.requested_of).date(4, c.requested_on).date(5, c.due);
        b.date(6, c.received_on);
        run(insert_contribution_);
    }
}

DetailReader::DetailReader(SQLite::Database& db)
    : aspects_(db, "SELECT subject, service, profession FROM case_aspects WHERE case_ref = ? ORDER BY position"),
      lessons_(db, "SELECT number, recorded_on, lesson FROM case_lessons WHERE case_ref = ? ORDER BY number"),
      actions_(db, "SELECT number, action, owner, due, added_on, done_on FROM case_actions WHERE case_ref = ?"
                   " ORDER BY number"),
      links_(db, "SELECT other_ref, relation, linked_on FROM case_links WHERE case_ref = ? ORDER BY linked_on, other_ref, relation"),
      contributions_(db, "SELECT number, requested_of, requested_on, due, received_on FROM case_contributions"
                         " WHERE case_ref = ? ORDER BY number") {}

void DetailReader::read(reg::CaseRecord& r) {
    r.aspects.clear();
    r.lessons.clear();
    r.actions.clear();
    r.links.clear();
    r.contributions.clear();
    aspects_.bind(1, r.ref);
    while (aspects_.executeStep())
        r.aspects.push_back({aspects_.getColumn(0).getString(), aspects_.getColumn(1).getString(),
                             aspects_.getColumn(2).getString()});
    aspects_.reset();
    lessons_.bind(1, r.ref);
    while (lessons_.executeStep())
        r.lessons.push_back({lessons_.getColumn(0).getInt(), required_date(lessons_.getColumn(1)),
                             lessons_.getColumn(2).getString()});
    lessons_.reset();
    actions_.bind(1, r.ref);
    while (actions_.executeStep())
        r.actions.push_back({actions_.getColumn(0).getInt(), actions_.getColumn(1).getString(),
                             optional_text(actions_.getColumn(2)), optional_date(actions_.getColumn(3)),
                             required_date(actions_.getColumn(4)), optional_date(actions_.getColumn(5))});
    actions_.reset();
    links_.bind(1, r.ref);
    while (links_.executeStep())
        r.links.push_back({links_.getColumn(0).getString(), links_.getColumn(1).getString(),
                           required_date(links_.getColumn(2))});
    links_.reset();
    contributions_.bind(1, r.ref);
    while (contributions_.executeStep())
        r.contributions.push_back({contributions_.getColumn(0).getInt(), contributions_.getColumn(1).getString(),
                                   required_date(contributions_.getColumn(2)), required_date(contributions_.getColumn(3)),
                                   optional_date(contributions_.getColumn(4))});
    contributions_.reset();
}

std::vector<std::string> orphan_details(SQLite::Database& db) {
    std::vector<std::string> refs;
    SQLite::Statement q(db, "SELECT case_ref FROM case_aspects UNION SELECT case_ref FROM case_lessons"
                            " UNION SELECT case_ref FROM case_actions UNION SELECT case_ref FROM case_links"
                            " UNION SELECT case_ref FROM case_contributions EXCEPT SELECT ref FROM cases");
    while (q.executeStep()) refs.push_back(q.getColumn(0).getString());
    return refs;
}

} // namespace plaint::store::detail
