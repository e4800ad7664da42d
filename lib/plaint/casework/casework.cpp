#include "plaint/casework/casework.hpp"

#include "plaint/casework/case_file.hpp"
#include "plaint/casework/contributions.hpp"
#include "plaint/casework/next_steps.hpp"
#include "plaint/core/error.hpp"
#include "plaint/procedure/parse.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plaint::casework {

const procedure::Procedure& Definitions::of(const reg::CaseRecord& c) {
    // Verify and import_cases compute clocks on threads of their own.
    std::lock_guard lock(mutex_);
    if (c.procedure_hash.empty()) return catalog_().get(c.procedure);
    if (auto known = by_hash_.find(c.procedure_hash); known != by_hash_.end() && known->second) return *known->second;
    // The register's connection belongs to the thread that made this object,
    // unless the register holds its definitions in memory (verify).
    if (std::this_thread::get_id() != owner_ && !reg_.definitions_in_memory())
        throw Error(ExitCode::internal, fmt::format("the definition of procedure {} was not known before the import "
                                                    "began", c.procedure));
    const auto text = reg_.definition_text(c.procedure_hash);
    if (!text)
        throw StoreError(fmt::format("the definition of procedure {} that case {} follows is missing from the "
                                     "register", c.procedure, c.ref), "run 'plaint verify'");
    auto& slot = by_hash_[c.procedure_hash];
    slot = std::make_shared<const procedure::Procedure>(
        procedure::parse(*text, fmt::format("{} (stored {})", c.procedure, c.procedure_hash.substr(0, 12))));
    return *slot;
}

void Definitions::remember(std::shared_ptr<const procedure::Procedure> p) {
    std::lock_guard lock(mutex_);
    auto& slot = by_hash_[p->hash];
    if (!slot) slot = std::move(p);
}

namespace {

std::string stored_status(procedure::ClockState state, bool stopped) {
    switch (state) {
    case procedure::ClockState::waiting: return "waiting";
    case procedure::ClockState::paused: return "paused";
    case procedure::ClockState::met: return "met";
    case procedure::ClockState::breached: return stopped ? "breached" : "open";
    case procedure::ClockState::running: return "open";
    case procedure::ClockState::not_started: return {};
    }
    return {};
}

} // namespace

store::ClockProjector clock_projector(Definitions& definitions, const calendar::Calendar& cal) {
    return [&definitions, &cal](const reg::CaseRecord& c, const std::vector<reg::Event>& events) {
        const auto& p = definitions.of(c);
        // As of the newest event that is not a case-file record (a note
        // written today moves no clock).
        auto newest = std::find_if(events.rbegin(), events.rend(),
                                   [](const reg::Event& e) { return !reg::is_case_file_record(e.type); });
        const Date as_of = newest == events.rend() ? c.received : newest->effective_date;
        std::vector<reg::ClockRow> rows;
        for (const auto& s : procedure::evaluate_clocks(p, cal, events, as_of, procedure::Explain::no)) {
            const std::string status = stored_status(s.state, s.stopped_on.has_value());
            if (status.empty()) continue;
            reg::ClockRow row{s.id(), s.title(), status, s.start, s.due, s.original_due, s.warning,
                              s.window_opens, s.stopped_on, s.working_days_late, std::nullopt, {},
                              s.clock->kind, s.waiting_for, s.waiting_since, s.breach_handled_on, {},
                              s.stopped_by, s.met_by_its_step()};
            if (s.state == procedure::ClockState::paused) row.paused_days_left = s.working_days_left;
            if (!s.stopped_on) row.next_step = advise(p, c, events, s).step;
            if (!s.stopped_on && !s.breach_handled_on) row.breach_step = breach_step(p, c, events, s);
            rows.push_back(std::move(row));
        }
        // The statements asked for: clocks of their own, whatever the procedure.
        for (auto& row : contribution_clocks(c, cal)) rows.push_back(std::move(row));
        return rows;
    };
}

calendar::CalendarSpec calendar_spec(const store::RegisterCalendar& own) {
    calendar::CalendarSpec spec;
    spec.division = calendar::division_or_throw(own.division);
    for (const auto& day : own.days) {
        const calendar::Holiday holiday{day.date, day.name, day.substitute,
                                        day.kind == store::DayKind::closure ? calendar::DayOffKind::closure
                                                                            : calendar::DayOffKind::bank_holiday,
                                        day.source};
        if (day.kind == store::DayKind::closure) spec.closures.push_back(holiday);
        else if (day.kind == store::DayKind::holiday) spec.added.push_back(holiday);
        else spec.cancelled.push_back(day.date);
    }
    return spec;
}

calendar::Calendar register_calendar(const store::Register& reg) {
    return calendar::Calendar::build(calendar_spec(reg.calendar()));
}

Session::Session(store::Register reg, Definitions::CatalogSource catalog)
    : reg_(std::make_unique<store::Register>(std::move(reg))),
      definitions_(std::make_unique<Definitions>(*reg_, std::move(catalog))),
      cal_(std::make_unique<calendar::Calendar>(register_calendar(*reg_))) {
    reg_->set_clock_projector(clock_projector(*definitions_, *cal_), cal_->fingerprint());
    reg_->set_calendar_rebuild([cal = cal_.get()](const store::RegisterCalendar& own) {
        *cal = calendar::Calendar::build(calendar_spec(own));
        return cal->fingerprint();
    });
}

namespace {

void follow(reg::NewCase& c, const procedure::Procedure& p) {
    c.initial_state = p.initial_for(c.kind);
    const procedure::State* initial = p.state(c.initial_state);
    c.initial_final = initial && initial->final;
    c.definition_hash = p.hash;
    c.definition_text = p.text;
    c.definition_source = p.source;
}

} // namespace

reg::CaseRecord log_case(store::Register& reg, const procedure::Catalog& catalog, reg::NewCase c,
                         const store::Stamp& stamp) {
    if (c.procedure.empty()) c.procedure = reg.info().default_procedure;
    follow(c, catalog.get(c.procedure));
    return reg.log_case(std::move(c), stamp);
}

reg::CaseRecord log_case(Session& session, const procedure::Catalog& catalog, reg::NewCase c,
                         const store::Stamp& stamp) {
    if (c.procedure.empty()) c.procedure = session.reg().info().default_procedure;
    auto p = catalog.shared(c.procedure);
    follow(c, *p);
    session.definitions().remember(std::move(p));
    return session.reg().log_case(std::move(c), stamp);
}

std::vector<const procedure::EventDef*> next_steps(const procedure::Procedure& p, const reg::CaseRecord& c) {
    return procedure::allowed_events(p, c.state, c.kind);
}

reg::Event record_step(store::Register& reg, Definitions& definitions, const calendar::Calendar& cal,
                       const std::string& ref, const procedure::StepRequest& request, const store::Stamp& stamp) {
    return reg.append_step(ref, request.event, request.on,
                           [&](const reg::CaseRecord& c, const std::vector<reg::Event>& events) {
                               const auto& p = definitions.of(c);
                               return procedure::check_step(p, cal, c, events, request, stamp.today);
                           },
                           stamp);
}

CaseView view_case(const store::Register& reg, Definitions& definitions, const calendar::Calendar& cal,
                   const std::string& ref, Date today) {
    CaseView view;
    view.record = reg.case_or_throw(ref);
    view.procedure = &definitions.of(view.record);
    view.events = reg.events_of(ref);
    if (std::any_of(view.events.begin(), view.events.end(), [&](const reg::Event& e) { return e.effective_date > today; })) {
        // As it stood that day: what happened later is left out. Before it
        // was received there was no case to show (nor clocks to work out).
        auto kept = as_it_stood(view.events, today);
        if (kept.empty() || kept.front().type != "logged")
            throw UsageError(fmt::format("{} was received on {}, after {}", ref, view.events.front().effective_date.iso(),
                                         today.iso()),
                             "give a day on or after the date of receipt");
        view.events = std::move(kept);
        view.as_of_past = true;
        auto record = reg::project(view.events);
        record.procedure_hash = view.record.procedure_hash;
        view.record = std::move(record);
    }
    view.journal = reg::has_corrections(view.events) ? reg::corrected(view.events) : view.events;
    view.clocks = procedure::evaluate_clocks(*view.procedure, cal, view.journal, today);
    view.checks = procedure::evaluate_checks(*view.procedure, view.journal);
    view.next = next_steps_of(*view.procedure, view.record, view.journal, view.clocks);
    view.conditions = procedure::conditions_of(*view.procedure, view.journal);
    return view;
}

} // namespace plaint::casework
