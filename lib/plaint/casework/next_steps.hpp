#pragma once
// What a case needs next: for each open clock the step that moves the case
// towards meeting it (acknowledge before responding, the consent that a
// clock waits for, resume when held, the delay letter for a breached
// long-stop), and the other steps the case may take now. Worked out from the
// procedure file alone: no event or clock id is known here.

#include "plaint/procedure/clocks.hpp"
#include "plaint/procedure/definition.hpp"
#include "plaint/register/case.hpp"

#include <string>
#include <vector>

namespace plaint::casework {

struct Advice {
    std::string step;                     // the event to record next; "" when there is none
    std::vector<std::string> waiting_for; // gates (or start events) it waits for: the step clears them
    bool blocked = false;                 // the step is not allowed now (shown as "awaiting ...")
};

// The next step for one clock of the case (an open or waiting one).
Advice advise(const procedure::Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
              const procedure::ClockStatus& clock);

// The step that deals with the clock's breach (a delay letter), if it has
// one the case can record: the next step once the due date has passed, which
// a clock stored before then cannot know.
std::string breach_step(const procedure::Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                        const procedure::ClockStatus& clock);

struct NextSteps {
    // What the case needs, in clock order without repeats: each clock's advice.
    std::vector<Advice> needed;
    // The other steps that can be recorded now: not blocked, not already
    // done once, no gate already cleared, no decision not needed.
    std::vector<const procedure::EventDef*> also;
};
NextSteps next_steps_of(const procedure::Procedure& p, const reg::CaseRecord& c, const std::vector<reg::Event>& events,
                        const std::vector<procedure::ClockStatus>& clocks);

// "awaiting consent of the person ...", "acknowledge", "resume": for tables and digests.
std::string describe(const procedure::Procedure& p, const Advice& advice);

} // namespace plaint::casework
