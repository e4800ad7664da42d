The command contract of `plaint calendar holidays YEAR`: the year's bank
holidays with their names, for each division; --format json for scripts.

2026: Christmas Day Friday, Boxing Day Saturday (substitute Monday 28);
Scotland's extra bank holiday Monday 15 June and St Andrew's Day Monday 30
November; Northern Ireland's St Patrick's Day Tuesday 17 March and the Battle
of the Boyne Sunday 12 July (substitute Monday 13).

  $ plaint calendar holidays 2026
  date        weekday  name                    type          source
  2026-01-01  Thu      New Year’s Day          bank holiday  rules
  2026-04-03  Fri      Good Friday             bank holiday  rules
  2026-04-06  Mon      Easter Monday           bank holiday  rules
  2026-05-04  Mon      Early May bank holiday  bank holiday  rules
  2026-05-25  Mon      Spring bank holiday     bank holiday  rules
  2026-08-31  Mon      Summer bank holiday     bank holiday  rules
  2026-12-25  Fri      Christmas Day           bank holiday  rules
  2026-12-28  Mon      Boxing Day              substitute    rules
  $ plaint calendar holidays 2026 --calendar scotland
  date        weekday  name                    type          source
  2026-01-01  Thu      New Year’s Day          bank holiday  rules
  2026-01-02  Fri      2nd January             bank holiday  rules
  2026-04-03  Fri      Good Friday             bank holiday  rules
  2026-05-04  Mon      Early May bank holiday  bank holiday  rules
  2026-05-25  Mon      Spring bank holiday     bank holiday  rules
  2026-06-15  Mon      Extra bank holiday      bank holiday  one-off
  2026-08-03  Mon      Summer bank holiday     bank holiday  rules
  2026-11-30  Mon      St Andrew’s Day         bank holiday  rules
  2026-12-25  Fri      Christmas Day           bank holiday  rules
  2026-12-28  Mon      Boxing Day              substitute    rules
  $ plaint calendar holidays 2026 --calendar northern-ireland
  date        weekday  name                                   type          source
  2026-01-01  Thu      New Year’s Day                         bank holiday  rules
  2026-03-17  Tue      St Patrick’s Day                       bank holiday  rules
  2026-04-03  Fri      Good Friday                            bank holiday  rules
  2026-04-06  Mon      Easter Monday                          bank holiday  rules
  2026-05-04  Mon      Early May bank holiday                 bank holiday  rules
  2026-05-25  Mon      Spring bank holiday                    bank holiday  rules
  2026-07-13  Mon      Battle of the Boyne (Orangemen’s Day)  substitute    rules
  2026-08-31  Mon      Summer bank holiday                    bank holiday  rules
  2026-12-25  Fri      Christmas Day                          bank holiday  rules
  2026-12-28  Mon      Boxing Day                             substitute    rules
  $ plaint calendar holidays 2026 --calendar united-kingdom
  date        weekday  name                                                       type          source
  2026-01-01  Thu      New Year’s Day                                             bank holiday  rules
  2026-01-02  Fri      2nd January (scotland)                                     bank holiday  rules
  2026-03-17  Tue      St Patrick’s Day (northern-ireland)                        bank holiday  rules
  2026-04-03  Fri      Good Friday                                                bank holiday  rules
  2026-04-06  Mon      Easter Monday (england-and-wales, northern-ireland)        bank holiday  rules
  2026-05-04  Mon      Early May bank holiday                                     bank holiday  rules
  2026-05-25  Mon      Spring bank holiday                                        bank holiday  rules
  2026-06-15  Mon      Extra bank holiday (scotland)                              bank holiday  one-off
  2026-07-13  Mon      Battle of the Boyne (Orangemen’s Day) (northern-ireland)   substitute    rules
  2026-08-03  Mon      Summer bank holiday (scotland)                             bank holiday  rules
  2026-08-31  Mon      Summer bank holiday (england-and-wales, northern-ireland)  bank holiday  rules
  2026-11-30  Mon      St Andrew’s Day (scotland)                                 bank holiday  rules
  2026-12-25  Fri      Christmas Day                                              bank holiday  rules
  2026-12-28  Mon      Boxing Day                                                 substitute    rules
  $ plaint calendar holidays 2026 --calendar scotland --format json
  [
    {
      "date": "2026-01-01",
      "weekday": "Thu",
      "name": "New Year’s Day",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-01-02",
      "weekday": "Fri",
      "name": "2nd January",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-04-03",
      "weekday": "Fri",
      "name": "Good Friday",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-05-04",
      "weekday": "Mon",
      "name": "Early May bank holiday",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-05-25",
      "weekday": "Mon",
      "name": "Spring bank holiday",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-06-15",
      "weekday": "Mon",
      "name": "Extra bank holiday",
      "type": "bank holiday",
      "source": "one-off"
    },
    {
      "date": "2026-08-03",
      "weekday": "Mon",
      "name": "Summer bank holiday",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-11-30",
      "weekday": "Mon",
      "name": "St Andrew’s Day",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-12-25",
      "weekday": "Fri",
      "name": "Christmas Day",
      "type": "bank holiday",
      "source": "rules"
    },
    {
      "date": "2026-12-28",
      "weekday": "Mon",
      "name": "Boxing Day",
      "type": "substitute",
      "source": "rules"
    }
  ]

The one-offs of 2022 (Spring bank holiday moved to Thursday 2 June, the
Platinum Jubilee Friday 3 June, the state funeral Monday 19 September) and the
coronation, Monday 8 May 2023.

  $ plaint calendar holidays 2022
  date        weekday  name                                                      type          source
  2022-01-03  Mon      New Year’s Day                                            substitute    rules
  2022-04-15  Fri      Good Friday                                               bank holiday  rules
  2022-04-18  Mon      Easter Monday                                             bank holiday  rules
  2022-05-02  Mon      Early May bank holiday                                    bank holiday  rules
  2022-06-02  Thu      Spring bank holiday                                       bank holiday  one-off
  2022-06-03  Fri      Platinum Jubilee bank holiday                             bank holiday  one-off
  2022-08-29  Mon      Summer bank holiday                                       bank holiday  rules
  2022-09-19  Mon      Bank Holiday for the State Funeral of Queen Elizabeth II  bank holiday  one-off
  2022-12-26  Mon      Boxing Day                                                bank holiday  rules
  2022-12-27  Tue      Christmas Day                                             substitute    rules
  $ plaint calendar holidays 2023 --format csv | tr -d "\r"
  date,weekday,name,type,source
  2023-01-02,Mon,New Year’s Day,substitute,rules
  2023-04-07,Fri,Good Friday,bank holiday,rules
  2023-04-10,Mon,Easter Monday,bank holiday,rules
  2023-05-01,Mon,Early May bank holiday,bank holiday,rules
  2023-05-08,Mon,Bank holiday for the coronation of King Charles III,bank holiday,one-off
  2023-05-29,Mon,Spring bank holiday,bank holiday,rules
  2023-08-28,Mon,Summer bank holiday,bank holiday,rules
  2023-12-25,Mon,Christmas Day,bank holiday,rules
  2023-12-26,Tue,Boxing Day,bank holiday,rules

The supported range's ends, and outside it.

  $ plaint calendar holidays 1990 --format tsv
  date	weekday	name	type	source
  1990-01-01	Mon	New Year’s Day	bank holiday	rules
  1990-04-13	Fri	Good Friday	bank holiday	rules
  1990-04-16	Mon	Easter Monday	bank holiday	rules
  1990-05-07	Mon	Early May bank holiday	bank holiday	rules
  1990-05-28	Mon	Spring bank holiday	bank holiday	rules
  1990-08-27	Mon	Summer bank holiday	bank holiday	rules
  1990-12-25	Tue	Christmas Day	bank holiday	rules
  1990-12-26	Wed	Boxing Day	bank holiday	rules
  $ plaint calendar holidays 2100 --calendar scotland --format tsv
  date	weekday	name	type	source
  2100-01-01	Fri	New Year’s Day	bank holiday	rules
  2100-01-04	Mon	2nd January	substitute	rules
  2100-03-26	Fri	Good Friday	bank holiday	rules
  2100-05-03	Mon	Early May bank holiday	bank holiday	rules
  2100-05-31	Mon	Spring bank holiday	bank holiday	rules
  2100-08-02	Mon	Summer bank holiday	bank holiday	rules
  2100-11-30	Tue	St Andrew’s Day	bank holiday	rules
  2100-12-27	Mon	Christmas Day	substitute	rules
  2100-12-28	Tue	Boxing Day	substitute	rules
  $ plaint calendar holidays 1989
  ! plaint: error: calendar holidays: no calendar for 1989
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
  $ plaint calendar holidays 2101
  ! plaint: error: calendar holidays: no calendar for 2101
  ! plaint: hint: plaint's calendar covers 1990-01-01 to 2100-12-31
  [2]
