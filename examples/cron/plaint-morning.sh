#!/bin/sh
# plaint-morning.sh: the unattended morning run of a complaints register.
#
#   1. skips days that are not working days (weekends, bank holidays and the
#      organisation's closure days, as plaint's calendar has them);
#   2. writes what is overdue or due soon to a dated CSV file
#      (plaint due --exit-code: no personal data without --personal);
#   3. seals the journal (plaint seal: the head signed with the key of
#      [seal] key in the configuration) and, when PLAINT_SEALS_EXPORT
#      names a file (best on another machine or write-once storage),
#      exports every seal there;
#   4. emails each case owner their digest and the manager a summary
#      (plaint remind: once a day, so a rerun sends nothing twice); the
#      summary carries the journal head, an outside record of it.
#
# One run at a time: a second start while the first is running exits 75
# (EX_TEMPFAIL) at once. The log holds dates, exit statuses and counts only:
# no complainant's details, no case owners' names or addresses. plaint's
# own warnings (an owner without an address, a failed delivery) go to
# stderr, which cron mails to MAILTO; they carry no complainant's details.
#
# Environment:
#   PLAINT_REGISTER    the register (or register = ... in the configuration)
#   PLAINT             the plaint program (default: plaint on PATH)
#   PLAINT_STATE_DIR   where the lock, the log and the due lists go
#                      (default: /var/lib/plaint)
#   PLAINT_EVERY_DAY   set to 1 to run on days that are not working days too
#   PLAINT_TODAY       the day to run as (tests; default: today)
#   PLAINT_SEAL        set to 0 to skip sealing (default: seal)
#   PLAINT_SEALS_EXPORT  a file to export the seals to after sealing
#
# Exit status: 0 nothing overdue, sealed and every digest went; 1 something
# is overdue or a digest was not sent (see the log and cron's mail); 75
# another run holds the lock; anything else is plaint's own error status
# (plaint(1)), of sealing too (3: no usable seal key, see plaint-seal(1)).
set -u

plaint=${PLAINT:-plaint}
state=${PLAINT_STATE_DIR:-/var/lib/plaint}
umask 077
mkdir -p "$state" || exit 73

log() { printf '%s %s\n' "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$*" >> "$state/morning.log"; }

exec 9> "$state/morning.lock"
if ! flock -n 9; then
    echo "plaint-morning: another run holds $state/morning.lock" >&2
    exit 75
fi

# The day is taken once, so that every command below agrees on it.
PLAINT_TODAY=${PLAINT_TODAY:-$(date +%Y-%m-%d)}
export PLAINT_TODAY
today=$PLAINT_TODAY
if [ "${PLAINT_EVERY_DAY:-0}" != 1 ] && ! "$plaint" calendar is-working "$today" > /dev/null; then
    log "$today not a working day: nothing done"
    exit 0
fi

due_file="$state/due-$today.csv"
"$plaint" due --format csv --exit-code > "$due_file.tmp"
due_status=$?
if [ "$due_status" -gt 1 ]; then
    rm -f "$due_file.tmp"
    log "$today plaint due failed with status $due_status"
    exit "$due_status"
fi
mv "$due_file.tmp" "$due_file"
overdue=$(grep -c ',overdue,' "$due_file")
listed=$(($(wc -l < "$due_file") - 1))

seal_status=0
if [ "${PLAINT_SEAL:-1}" != 0 ]; then
    "$plaint" seal > /dev/null
    seal_status=$?
    if [ "$seal_status" -eq 0 ] && [ -n "${PLAINT_SEALS_EXPORT:-}" ]; then
        "$plaint" seal --export "$PLAINT_SEALS_EXPORT" > /dev/null
        seal_status=$?
    fi
    log "$today seal: status $seal_status"
fi

report=$("$plaint" remind)
remind_status=$?
sent=$(printf '%s\n' "$report" | grep -c ': sent to ')
skipped=$(printf '%s\n' "$report" | grep -c ': already sent today')
log "$today due: $listed listed, $overdue overdue (status $due_status);" \
    "remind: $sent sent, $skipped already sent (status $remind_status)"

if [ "$remind_status" -gt 1 ]; then exit "$remind_status"; fi
if [ "$seal_status" -ne 0 ]; then exit "$seal_status"; fi
if [ "$due_status" -ne 0 ] || [ "$remind_status" -ne 0 ]; then exit 1; fi
exit 0
