"""Every column of every CSV table of the export, declared once: its name, meaning and unit or code.

``csv_tables`` writes the headers from these declarations and ``csv_readme`` documents them, so a
column cannot be written without being explained in ``csv/README.txt``.  Names are stable: a
clinic's scripts read them (rename only with a new EXPORT_FORMAT_VERSION).
"""

from __future__ import annotations

from dataclasses import dataclass

LOINC = "LOINC"
UCUM = "UCUM"
MM_HG = "mm[Hg]"
PER_MINUTE = "/min"
PERCENT = "%"
LOINC_SYSTOLIC = "8480-6"
LOINC_DIASTOLIC = "8462-4"
LOINC_HEART_RATE = "8867-4"
LOINC_SPO2 = "59408-5"


@dataclass(frozen=True)
class Column:
    name: str
    meaning: str
    unit: str = ""  # the unit (UCUM) or code system of the values, when there is one


@dataclass(frozen=True)
class Table:
    name: str  # the file is <name>.csv
    about: str  # one sentence: what one row is
    columns: tuple[Column, ...]

    @property
    def header(self) -> tuple[str, ...]:
        return tuple(column.name for column in self.columns)


def _local(of: str) -> tuple[Column, Column]:
    return (Column("local_date", f"The patient's local date (YYYY-MM-DD) of {of}."),
            Column("local_time", f"The patient's local time (HH:MM, 24-hour) of {of}."))


def _reading(prefix: str, which: str) -> tuple[Column, ...]:
    return (
        Column(f"{prefix}_systolic", f"Systolic blood pressure {which}.",
               f"{MM_HG} ({UCUM}); {LOINC} {LOINC_SYSTOLIC}"),
        Column(f"{prefix}_diastolic", f"Diastolic blood pressure {which}.",
               f"{MM_HG} ({UCUM}); {LOINC} {LOINC_DIASTOLIC}"),
        Column(f"{prefix}_heart_rate", f"Heart rate {which}.",
               f"{PER_MINUTE} ({UCUM}); {LOINC} {LOINC_HEART_RATE}"),
        Column(f"{prefix}_spo2", f"Oxygen saturation by pulse oximetry {which} (empty: no oximeter).",
               f"{PERCENT} ({UCUM}); {LOINC} {LOINC_SPO2}"),
        Column(f"{prefix}_at", f"When the reading {which} was taken."),
    )


_YES_NO = "yes / no; empty when not recorded"

SESSIONS = Table("sessions", "One session of the period, in the shape of the Spravato REMS patient "
                             "monitoring form.", (
    Column("session_id", "The session's number in the patient's app (the same in every export)."),
    Column("care_plan_id", "The version of the care plan the session followed."),
    Column("state", "completed, ended_early (after the dose), abandoned (before the dose), or the step "
                    "a session still open at the time of the export had reached."),
    Column("started_at", "When the pre-session checklist was started."),
    *_local("the dose (of started_at when no dose was taken)"),
    Column("medication", "The medication named in the care plan."),
    Column("medication_rxnorm", "The medication's RxNorm ingredient code (empty when the app knows none).",
           "RxNorm"),
    Column("dose_mg", "The dose the care plan prescribes.", f"mg ({UCUM})"),
    Column("route", "sublingual, oral, intranasal or intramuscular."),
    Column("route_snomed", "The route as a SNOMED CT code.", "SNOMED CT"),
    Column("lot_number", "The lot number from the package, when the patient typed it."),
    Column("dose_at", "When the dose was taken (empty: no dose)."),
    Column("ended_at", "When the session ended (completed, ended early or abandoned)."),
    Column("minutes_monitored", "Whole minutes from the dose to the end of the session.", f"min ({UCUM})"),
    Column("minimum_monitoring_minutes", "The care plan's minimum monitoring time.", f"min ({UCUM})"),
    Column("ready_at", "When the recovery check passed and the patient could be left (also after an "
                       "early end)."),
    Column("vitals_acceptable_before", "The reading before the dose allowed a start.", _YES_NO),
    Column("vitals_acceptable_at_end", "The final reading was within the care plan's limits.", _YES_NO),
    *_reading("bp_before", "before the dose"),
    Column("first_recheck_minutes", "The care plan's first re-check time after the dose (40 by default).",
           f"min ({UCUM})"),
    *_reading("bp_recheck", "at the first re-check"),
    *_reading("bp_end", "at the end"),
    Column("spo2_lowest", "The lowest oxygen saturation of the session.",
           f"{PERCENT} ({UCUM}); {LOINC} {LOINC_SPO2}"),
    Column("sedation", "The sitter saw the patient very sleepy or hard to wake at any check-in.", _YES_NO),
    Column("dissociation", "The sitter saw the patient detached or confused at any check-in.", _YES_NO),
    Column("slow_breathing", "The sitter saw the patient breathing slowly or shallowly at any check-in.",
           _YES_NO),
    Column("other_medicines_taken", "Benzodiazepines, other sleeping pills, stimulants, MAOIs or opioids "
                                    "taken that day (checklist answer).", _YES_NO),
    Column("other_medicine_categories", "The kinds chosen, separated by \";\": benzodiazepines, "
                                        "sleeping_pills, stimulants, maois, opioids."),
    Column("other_medicine_names", "The names as the patient typed them (optional)."),
    Column("checkins_confirmed", "Sitter check-ins confirmed."),
    Column("checkins_missed", "Sitter check-ins not answered within the grace period."),
    Column("checkins_without_code", "Check-ins confirmed without the sitter's code."),
    Column("help_used", "How many times the Help screen was opened during the session."),
    Column("end_reason", "Why the session was ended early or abandoned, as given."),
    Column("sitter_name", "The sitter (support person) as named at the hand-over."),
    Column("sitter_relationship", "The sitter's relationship to the patient, as given."),
))

CHECKLIST_ANSWERS = Table("checklist_answers", "The latest answer to one pre-session checklist question.", (
    Column("session_id", "The session (sessions.csv)."),
    Column("item_id", "The question's stable id; \"vitals\" is the acknowledgement of a blood pressure "
                      "in the caution range."),
    Column("kind", "stop (the blocking answer means no session that day), caution (may go on only after an "
                   "explicit acknowledgement) or prepare (a reminder)."),
    Column("question", "The question as the care plan of the session worded it."),
    Column("answer", "The answer.", "yes / no"),
    Column("blocking_answer", "The answer that stops (stop) or needs an acknowledgement (caution); empty for "
                              "reminders.", "yes / no"),
    Column("acknowledged", "A caution answer was explicitly acknowledged.", "yes / no"),
    Column("medicine_categories", "For the other-medicines question: the kinds chosen, separated by \";\"."),
    Column("names", "Names the patient typed with the answer (optional)."),
    Column("answered_at", "When the answer was given."),
    *_local("answered_at"),
))

VITALS = Table("vitals", "One blood pressure reading (with heart rate and SpO2 when taken).", (
    Column("session_id", "The session (sessions.csv)."),
    Column("reading_id", "The reading's number in the patient's app."),
    Column("kind", "pre_dose, recheck (during monitoring or the recovery check) or final."),
    Column("measured_at", "When the reading was taken."),
    *_local("measured_at"),
    Column("minutes_after_dose", "Whole minutes from the dose, rounded down (negative before it; empty: "
                                 "no dose).", f"min ({UCUM})"),
    Column("systolic", "Systolic blood pressure.", f"{MM_HG} ({UCUM})"),
    Column("diastolic", "Diastolic blood pressure.", f"{MM_HG} ({UCUM})"),
    Column("bp_unit", "The unit of systolic and diastolic.", UCUM),
    Column("systolic_loinc", "The LOINC code of systolic.", LOINC),
    Column("diastolic_loinc", "The LOINC code of diastolic.", LOINC),
    Column("heart_rate", "Heart rate (empty: not taken).", f"{PER_MINUTE} ({UCUM})"),
    Column("heart_rate_unit", "The unit of heart_rate (empty without a value).", UCUM),
    Column("heart_rate_loinc", "The LOINC code of heart_rate (empty without a value).", LOINC),
    Column("spo2", "Oxygen saturation by pulse oximetry (empty: not taken).", f"{PERCENT} ({UCUM})"),
    Column("spo2_unit", "The unit of spo2 (empty without a value).", UCUM),
    Column("spo2_loinc", "The LOINC code of spo2 (empty without a value).", LOINC),
))

SITTER_CHECKINS = Table("sitter_checkins", "One scheduled sitter check-in during monitoring.", (
    Column("session_id", "The session (sessions.csv)."),
    Column("due_at", "When the check-in was due (the time it is about)."),
    *_local("due_at"),
    Column("recorded_at", "When the sitter answered, or when the app recorded it as missed."),
    Column("minutes_after_dose", "Whole minutes from the dose to due_at.", f"min ({UCUM})"),
    Column("status", "confirmed or missed."),
    Column("all_well", "The sitter confirmed all was well (no: \"I'm worried\").", _YES_NO),
    Column("without_code", "Confirmed without the sitter's code.", _YES_NO),
    Column("very_sleepy", "The patient was very sleepy or hard to wake.", _YES_NO),
    Column("detached", "The patient was detached or confused.", _YES_NO),
    Column("slow_breathing", "The patient was breathing slowly or shallowly.", _YES_NO),
))

QUESTIONNAIRE_ITEMS = Table("questionnaire_items", "One answered question of a PHQ-9, GAD-7 or PCL-5.", (
    Column("questionnaire_id", "The questionnaire (scores.csv)."),
    Column("instrument", "phq9, gad7 or pcl5."),
    Column("completed_at", "When the patient finished the questionnaire."),
    *_local("completed_at"),
    Column("item_number", "The question's number on the printed form (empty for the PHQ-9 difficulty "
                          "question)."),
    Column("item_loinc", "The question's LOINC code (empty where none is known: PCL-5).", LOINC),
    Column("question", "The question's published wording."),
    Column("answer_value", "The answer's score (0-3; PCL-5 0-4; difficulty 0-3)."),
    Column("answer_loinc", "The answer's LOINC answer code (LA…; empty where none is known).", LOINC),
    Column("answer_text", "The answer's published wording."),
))

SCORES = Table("scores", "One completed questionnaire's total, band and change from the baseline.", (
    Column("questionnaire_id", "The questionnaire's number in the patient's app."),
    Column("instrument", "phq9, gad7 or pcl5."),
    Column("completed_at", "When the patient finished the questionnaire."),
    *_local("completed_at"),
    Column("recall_period", "The period the questions ask about."),
    Column("panel_loinc", "The LOINC code of the questionnaire (panel).", LOINC),
    Column("total", "The total score."),
    Column("total_loinc", "The LOINC code of the total (empty where none is known: PCL-5).", LOINC),
    Column("total_max", "The highest possible total."),
    Column("band", "The severity band's stable key (PCL-5: below_ptsd_cutoff or probable_ptsd)."),
    Column("band_label", "The severity band in words."),
    Column("item9", "PHQ-9 question 9 (thoughts of death or self-harm), 0-3; above 0 always needs "
                    "attention."),
    Column("difficulty", "PHQ-9 difficulty question, 0 (not difficult at all) to 3 (extremely difficult)."),
    Column("baseline_questionnaire_id", "The first questionnaire of this instrument ever (the baseline)."),
    Column("baseline_total", "The baseline's total."),
    Column("change_from_baseline", "total minus baseline_total (negative: lower, which is better)."),
    Column("percent_change", "The change in whole per cent of the baseline (empty from a baseline of 0)."),
    Column("response", "PHQ-9 only: at least 50 % below the baseline.",
           "yes / no; empty for other instruments"),
    Column("remission", "PHQ-9 only: total below 5.", "yes / no; empty for other instruments"),
))

MOOD_RATINGS = Table("mood_ratings", "One moment the patient rated how they feel (0 = worst or least, "
                                     "10 = best or most).", (
    Column("source", "session_before (before a session), session_after (the post-session log), next_day "
                     "(the next-day check-in) or daily (a quick mood)."),
    Column("session_id", "The session it belongs to (empty for daily)."),
    Column("record_id", "The record's number in the patient's app (session_before: the session's)."),
    Column("at", "The time the rating is about: the session's end for session_after, otherwise when it was "
                 "recorded."),
    *_local("at"),
    Column("recorded_at", "When the rating was saved (its latest version)."),
    Column("first_recorded_at", "When the rating was first saved (differs from recorded_at after a "
                                "correction)."),
    Column("mood", "Mood.", "0-10"),
    Column("anxiety", "Anxiety (session_before, session_after).", "0-10"),
    Column("energy", "Energy (session_after).", "0-10"),
    Column("peak_intensity", "How intense the experience was at its peak (session_after).", "0-10"),
    Column("sleep_quality", "Sleep the night after the session (next_day).", "0-10"),
    Column("skipped", "The patient chose to skip the next-day check-in.", _YES_NO),
    Column("version", "How many times the post-session log was saved (1: never corrected)."),
    Column("late_edit", "The latest version was saved more than 24 hours after the first.", _YES_NO),
    Column("note", "The patient's words: the intention (session_before), a note (session_after, daily) "
                   "or what stood out (next_day)."),
    Column("lingering", "Anything still lingering the next day, in the patient's words (next_day)."),
))

SIDE_EFFECTS = Table("side_effects", "One side effect reported in a post-session log (a log without "
                                     "rows here reported none).", (
    Column("session_id", "The session (sessions.csv)."),
    Column("log_id", "The post-session log (mood_ratings.csv, source session_after)."),
    Column("effect", "nausea, vomiting, dizziness, headache, blurred_or_double_vision, racing_heart, "
                     "confusion, anxiety_or_panic, bladder_pain_or_urgency or other."),
    Column("effect_label", "The effect in words (for other: as the patient named it)."),
    Column("severity", "mild, moderate or severe."),
    Column("severity_snomed", "The severity as a SNOMED CT code.", "SNOMED CT"),
    Column("at", "The time the report is about: the session's end."),
    *_local("at"),
    Column("recorded_at", "When the post-session log was saved (its latest version)."),
    Column("version", "How many times the post-session log was saved."),
    Column("late_edit", "The latest version was saved more than 24 hours after the first.", _YES_NO),
))

FLAGS = Table("flags", "One needs-attention flag raised in the period, most severe first.", (
    Column("flag_key", "The flag's stable key (rule:record kind:record id)."),
    Column("rule", "The rule that raised it (a stable id)."),
    Column("severity", "urgent, high, moderate or info."),
    Column("title", "The rule in a few words."),
    Column("text", "What happened, in plain language."),
    Column("record_kind", "The kind of record that raised it (session, questionnaire, side_effect, …)."),
    Column("record_id", "That record's number in the patient's app."),
    Column("session_id", "The session it is about, when there is one."),
    Column("raised_at", "When the record raised it."),
    *_local("raised_at"),
    Column("status", "open, or discussed (the patient marked it discussed with the clinician)."),
    Column("discussed_at", "When it was marked discussed."),
))

JOURNAL = Table("journal", "One journal entry the patient shared and chose to include in this export.", (
    Column("entry_id", "The entry's number in the patient's app."),
    Column("created_at", "When the entry was written."),
    *_local("created_at"),
    Column("edited_at", "When it was last changed."),
    Column("version", "1 for an entry never changed; each change adds one."),
    Column("title", "The title (may be empty)."),
    Column("body", "The text (Markdown), shared by the patient."),
    Column("tags", "Tags, separated by \";\"."),
    Column("mood", "A mood given with the entry.", "0-10"),
    Column("session_id", "The session the entry belongs to."),
    Column("session_link", "intention (before the session), integration (after it) or next_day."),
))

TABLES: tuple[Table, ...] = (SESSIONS, CHECKLIST_ANSWERS, VITALS, SITTER_CHECKINS, QUESTIONNAIRE_ITEMS,
                             SCORES, MOOD_RATINGS, SIDE_EFFECTS, FLAGS, JOURNAL)


def _check_tables() -> None:
    for table in TABLES:
        names = table.header
        assert len(set(names)) == len(names), f"{table.name}: a column is declared twice"


_check_tables()
