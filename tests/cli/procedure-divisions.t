NHS complaints on Scottish and Northern Ireland registers: the register's
calendar decides the working days (`plaint init --calendar`). Acknowledge in
3 working days, respond in 25, the long-stop 6 months beginning on receipt
(at risk 20 working days before). Every holiday skipped is named; each was
checked against GOV.UK's bank-holidays.json (2026: Scotland 2 January, 30
November St Andrew's Day, 28 December Boxing Day substitute; 2027: 4 January
the 2 January substitute, no Easter Monday in Scotland; Northern Ireland
2026: Tue 17 March St Patrick's Day, Mon 13 July Battle of the Boyne for
Sunday 12 July). clocks.py prints the clocks of `plaint show REF --format
json`, one line each.

  $ cat > env <<'EOF'
  > export PLAINT_NOW=2026-01-01T09:00:00Z PLAINT_USER=cco
  > today() { echo "export PLAINT_TODAY=$1" >> env; export PLAINT_TODAY=$1; }
  > clocks() { plaint show "$1" --format json | python3 "$DATA/procedures/clocks.py"; }
  > EOF
  $ . ./env; today 2026-01-05; PLAINT_REGISTER=scotland.db plaint init --organisation "NHS Example Board" --calendar scotland
  Created register scotland.db for NHS Example Board (calendar scotland, procedure nhs-complaint, references C-YYYY-NNNN)
  $ . ./env; PLAINT_REGISTER=ni.db plaint init --organisation "Example HSC Trust" --calendar northern-ireland
  Created register ni.db for Example HSC Trust (calendar northern-ireland, procedure nhs-complaint, references C-YYYY-NNNN)

1. Scotland, received Thursday 26 November 2026, just before St Andrew's Day.

| November 2026          | December 2026          | January 2027
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|                    1   |     1  2  3  4  5  6   |              1  2  3
|  2  3  4  5  6  7  8   |  7  8  9 10 11 12 13   |  4  5  6  7  8  9 10
|  9 10 11 12 13 14 15   | 14 15 16 17 18 19 20   | 11 12 13 14 15 16 17
| 16 17 18 19 20 21 22   | 21 22 23 24 25 26 27   | 18 19 20 21 22 23 24
| 23 24 25 26 27 28 29   | 28 29 30 31            | 25 26 27 28 29 30 31
| 30                     |                        |
Scotland: Mon 30 November St Andrew's Day, Fri 25 December Christmas Day,
Mon 28 December Boxing Day (for Saturday 26), Fri 1 January 2027 New Year's
Day, Mon 4 January 2nd January (for Saturday 2).

Acknowledge: Fri 27 November (1), [Mon 30 November, St Andrew's Day], Tue 1
December (2), Wed 2 December (3); at risk Tue 1. Respond in 25: 27 November
(1), [30], 1-4 December (5), 7-11 (10), 14-18 (15), 21-24 (19), [Christmas
Day 25, Boxing Day 28], 29-31 (22), [New Year's Day 1, 2nd January 4
January], Tue 5 (23), Wed 6 (24), Thu 7 January 2027 (25); at risk 5
working days before: 6 (1), 5 (2), 31 (3), 30 (4), Tue 29 December (5). (In
England the same complaint would be due Mon 4 January 2027.) Long-stop: 6
months beginning on 26 November end Tue 25 May 2027; at risk 20 before: 24
(1), 21-17 (6), 14-10 (11), 7-4 (15), [Mon 3 May, early May bank holiday],
30-26 April (20): Mon 26 April 2027. Working days to run: November 1 (27;
30 is a holiday), December 21 (23 weekdays less 25 and 28), January 19 (21
less 1 and 4), February 20, March 22 (23 less Good Friday 26 March; Easter
Monday, 29 March, is not a Scottish holiday), April 22, May 16 (17 weekdays
1-25, less 3 May): 121.

  $ . ./env; export PLAINT_REGISTER=scotland.db; today 2026-11-26; plaint log --received 2026-11-26 --channel email --complainant "Morag Example" --summary "Dental referral lost"
  C-2026-0001
  $ . ./env; export PLAINT_REGISTER=scotland.db; clocks C-2026-0001
  C-2026-0001 complaint received, 1 events
  acknowledgement: running from 2026-11-26 due 2026-12-02 warn 2026-12-01 [3 left]
  response: running from 2026-11-26 due 2027-01-07 warn 2026-12-29 [25 left]
  long-stop: running from 2026-11-26 due 2027-05-25 warn 2027-04-26 [121 left]
  $ . ./env; export PLAINT_REGISTER=scotland.db; plaint explain C-2026-0001 | sed -n '/\[acknowledgement\]/,/due/p'
  Acknowledge within 3 working days of receipt [acknowledgement]: 3 left
    starts on Thu 2026-11-26 (logged)
    3 working days after day 0 is Wed 2026-12-02 (skipping 2 weekend days; 2026-11-30 St Andrew’s Day)
    due Wed 2026-12-02
  $ . ./env; export PLAINT_REGISTER=scotland.db; plaint explain C-2026-0001 | sed -n '/\[response\]/,/due/p'
  Written response within 25 working days, or by the agreed date [response]: 25 left
    starts on Thu 2026-11-26 (logged)
    25 working days after day 0 is Thu 2027-01-07 (skipping 12 weekend days; 2026-11-30 St Andrew’s Day; 2026-12-25 Christmas Day; 2026-12-28 Boxing Day (substitute day); 2027-01-01 New Year’s Day; 2027-01-04 2nd January (substitute day))
    due Thu 2027-01-07

2. Scotland, received Wednesday 30 December 2026, just before New Year and
2 January.

Acknowledge: Thu 31 December (1), [Fri 1 January New Year's Day, Mon 4
January 2nd January], Tue 5 (2), Wed 6 January (3); at risk Tue 5. Respond
in 25: 31 December (1), 5-8 January (5), 11-15 (10), 18-22 (15), 25-29 (20),
1-5 February (25): Fri 5 February 2027; at risk 4, 3, 2, 1 February, Fri
29 January. Long-stop: 6 months beginning on 30 December end Tue 29 June
2027; at risk 20 before: 28 (1), 25-21 (6), 18-14 (11), 11-7 (16), 4-1 June
(20): Tue 1 June (Mon 31 May, the spring holiday, is not reached). To run:
December 1, January 19, February 20, March 22, April 22, May 19 (21 less 3
and 31 May), June 21: 124.

  $ . ./env; export PLAINT_REGISTER=scotland.db; today 2026-12-30; plaint log --received 2026-12-30 --channel letter --complainant "Iain Example" --summary "Care home assessment"
  C-2026-0002
  $ . ./env; export PLAINT_REGISTER=scotland.db; clocks C-2026-0002
  C-2026-0002 complaint received, 1 events
  acknowledgement: running from 2026-12-30 due 2027-01-06 warn 2027-01-05 [3 left]
  response: running from 2026-12-30 due 2027-02-05 warn 2027-01-29 [25 left]
  long-stop: running from 2026-12-30 due 2027-06-29 warn 2027-06-01 [124 left]
  $ . ./env; export PLAINT_REGISTER=scotland.db; today 2027-01-05; plaint ack C-2026-0002 --method letter >/dev/null; clocks C-2026-0002 | grep acknowledgement
  acknowledgement: met from 2026-12-30 due 2027-01-06 warn 2027-01-05 stopped 2027-01-05
  $ . ./env; export PLAINT_REGISTER=scotland.db; set -o pipefail; plaint verify | cut -d";" -f1
  ok: 3 events, 2 cases

3. Northern Ireland, received Monday 16 March 2026, the day before St
Patrick's Day.

| March 2026             | April 2026             | September 2026
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|                    1   |        1  2  3  4  5   |     1  2  3  4  5  6
|  2  3  4  5  6  7  8   |  6  7  8  9 10 11 12   |  7  8  9 10 11 12 13
|  9 10 11 12 13 14 15   | 13 14 15 16 17 18 19   | 14 15 16 17 18 19 20
| 16 17 18 19 20 21 22   | 20 21 22 23 24 25 26   | 21 22 23 24 25 26 27
| 23 24 25 26 27 28 29   | 27 28 29 30            | 28 29 30
| 30 31                  |                        |
Northern Ireland: Tue 17 March St Patrick's Day, Fri 3 April Good Friday,
Mon 6 April Easter Monday, Mon 4 and 25 May, Mon 31 August.

Acknowledge: [Tue 17 March, St Patrick's Day], Wed 18 (1), Thu 19 (2), Fri 20
March (3); at risk Thu 19. Respond in 25: 18-20 March (3), 23-27 (8), 30
March-2 April (12), [Good Friday 3, Easter Monday 6 April], 7-10 (16), 13-17
(21), 20-23 (25): Thu 23 April; at risk 22, 21, 20, 17, Thu 16 April. (In
England, with no St Patrick's Day, Wed 22 April.) Long-stop: 6 months
beginning on 16 March end Tue 15 September; at risk 20 before: 14 (1), 11-7
(6), 4-1 (10), [Mon 31 August], 28-24 (15), 21-17 (20): Mon 17 August. To
run: March 10 (18-20, 23-27, 30, 31), April 20 (22 less 3 and 6), May 19
(21 less 4 and 25), June 22, July 22 (23 less the 13th), August 20 (21 less
the 31st), September 11 (1-15): 124.

  $ . ./env; export PLAINT_REGISTER=ni.db; today 2026-03-16; plaint log --received 2026-03-16 --channel email --complainant "Siobhan Example" --summary "Podiatry cancelled"
  C-2026-0001
  $ . ./env; export PLAINT_REGISTER=ni.db; clocks C-2026-0001
  C-2026-0001 complaint received, 1 events
  acknowledgement: running from 2026-03-16 due 2026-03-20 warn 2026-03-19 [3 left]
  response: running from 2026-03-16 due 2026-04-23 warn 2026-04-16 [25 left]
  long-stop: running from 2026-03-16 due 2026-09-15 warn 2026-08-17 [124 left]
  $ . ./env; export PLAINT_REGISTER=ni.db; plaint explain C-2026-0001 | sed -n '/\[response\]/,/due/p'
  Written response within 25 working days, or by the agreed date [response]: 25 left
    starts on Mon 2026-03-16 (logged)
    25 working days after day 0 is Thu 2026-04-23 (skipping 10 weekend days; 2026-03-17 St Patrick’s Day; 2026-04-03 Good Friday; 2026-04-06 Easter Monday)
    due Thu 2026-04-23

4. Northern Ireland, received Thursday 9 July 2026, before the Twelfth
(Sunday 12 July; the holiday is Monday 13).

| July 2026              | August 2026            | December 2026          | January 2027
| Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su   | Mo Tu We Th Fr Sa Su
|        1  2  3  4  5   |                 1  2   |     1  2  3  4  5  6   |              1  2  3
|  6  7  8  9 10 11 12   |  3  4  5  6  7  8  9   |  7  8  9 10 11 12 13   |  4  5  6  7  8  9 10
| 13 14 15 16 17 18 19   | 10 11 12 13 14 15 16   | 14 15 16 17 18 19 20   | 11 12 13 14 15 16 17
| 20 21 22 23 24 25 26   | 17 18 19 20 21 22 23   | 21 22 23 24 25 26 27   | 18 19 20 21 22 23 24
| 27 28 29 30 31         | 24 25 26 27 28 29 30   | 28 29 30 31            | 25 26 27 28 29 30 31
|                        | 31                     |                        |

Acknowledge: Fri 10 July (1), [Mon 13 July, Battle of the Boyne], Tue 14
(2), Wed 15 July (3); at risk Tue 14. Respond in 25: 10 (1), 14-17 (5),
20-24 (10), 27-31 (15), 3-7 August (20), 10-14 (25): Fri 14 August; at risk
13, 12, 11, 10, Fri 7 August. Long-stop: 6 months beginning on 9 July end
Fri 8 January 2027; at risk 20 before: 7-4 January (4), [Fri 1 January], 31-29
December (7), [Mon 28 Boxing Day for Saturday 26, Fri 25 Christmas Day],
24-21 (11), 18-14 (16), 11-8 (20): Tue 8 December. To run: July 15 (10, 14-31),
August 20, September 22, October 22, November 21, December 21 (23 less 25 and
28), January 5 (4-8): 126.

  $ . ./env; export PLAINT_REGISTER=ni.db; today 2026-07-09; plaint log --received 2026-07-09 --channel letter --complainant "Ruairi Example" --summary "Ambulance delay"
  C-2026-0002
  $ . ./env; export PLAINT_REGISTER=ni.db; clocks C-2026-0002
  C-2026-0002 complaint received, 1 events
  acknowledgement: running from 2026-07-09 due 2026-07-15 warn 2026-07-14 [3 left]
  response: running from 2026-07-09 due 2026-08-14 warn 2026-08-07 [25 left]
  long-stop: running from 2026-07-09 due 2027-01-08 warn 2026-12-08 [126 left]
  $ . ./env; export PLAINT_REGISTER=ni.db; plaint explain C-2026-0002 | sed -n '/\[acknowledgement\]/,/due/p'
  Acknowledge within 3 working days of receipt [acknowledgement]: 3 left
    starts on Thu 2026-07-09 (logged)
    3 working days after day 0 is Wed 2026-07-15 (skipping 2 weekend days; 2026-07-13 Battle of the Boyne (Orangemen’s Day) (substitute day))
    due Wed 2026-07-15
  $ . ./env; export PLAINT_REGISTER=ni.db; set -o pipefail; plaint verify | cut -d";" -f1
  ok: 2 events, 2 cases
