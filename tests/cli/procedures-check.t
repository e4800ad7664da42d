`plaint procedures check FILE...`: an organisation's own procedure files are
checked before use. A good one says what it holds; a broken one (from
tests/data/procedures) fails with exit 3 and the first error as file:line.

  $ cp "$DATA"/procedures/*.toml .
  $ plaint procedures check good.toml
  good.toml: ok: procedure gp-practice (3 states, 5 events, 2 clocks)

A TOML syntax error has a column as well.

  $ plaint procedures check syntax-error.toml
  ! plaint: error: procedures check: syntax-error.toml:3:22: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
  [3]

A typo in a key is an error, not a rule silently ignored.

  $ plaint procedures check unknown-key.toml
  ! plaint: error: procedures check: unknown-key.toml:11: unknown key "form" in event "respond"
  [3]
  $ plaint procedures check bad-duration.toml
  ! plaint: error: procedures check: bad-duration.toml:16: clock "response".target: "20 business days" is not a duration (say "3 working days", "28 calendar days", "6 months" or "6 months beginning on")
  [3]

The state machine must hang together.

  $ plaint procedures check unknown-state.toml
  ! plaint: error: procedures check: unknown-state.toml:10: event "respond": unknown state "close" in to
  [3]
  $ plaint procedures check unreachable-state.toml
  ! plaint: error: procedures check: unreachable-state.toml:9: state "reopened" is not reachable from "received"
  [3]
  $ plaint procedures check dead-end.toml
  ! plaint: error: procedures check: dead-end.toml:8: state "on-hold" has no way out and is not final
  [3]
  $ plaint procedures check reopen-final.toml
  ! plaint: error: procedures check: reopen-final.toml:14: event "reopen" leads out of final state "closed"
  [3]

And so must the clocks.

  $ plaint procedures check pause-without-resume.toml
  ! plaint: error: procedures check: pause-without-resume.toml:17: clock "response": pause and resume go together
  [3]
  $ plaint procedures check unknown-gate.toml
  ! plaint: error: procedures check: unknown-gate.toml:20: clock "response": unknown gate "summary"
  [3]

Several files: each good one is reported until the first broken one.

  $ plaint procedures check good.toml dead-end.toml unknown-gate.toml
  good.toml: ok: procedure gp-practice (3 states, 5 events, 2 clocks)
  ! plaint: error: procedures check: dead-end.toml:8: state "on-hold" has no way out and is not final
  [3]
  $ plaint procedures check missing.toml
  ! plaint: error: procedures check: cannot read the procedure file missing.toml: No such file or directory
  [3]
