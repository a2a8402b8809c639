"""The journal prompts' texts, marked for translation: ``pyside6-lupdate`` cannot read the JSON file.

``resources/prompts/journal_prompts.json`` is what ships and what the app reads; each of its texts is
repeated here, word for word, as ``QT_TRANSLATE_NOOP("JournalPrompts", "…")`` so that the catalogue has
it. :func:`companion.domain.journal_prompts.parse_prompts` gives every prompt's text as a
``Text("JournalPrompts", text)``, which the UI shows with ``core_text``. A unit test keeps the two lists
the same (``tests/unit/test_journal_prompt_texts.py``): a prompt added to the file must be marked here.
"""

from __future__ import annotations

from companion.domain.texts import QT_TRANSLATE_NOOP, Text

PROMPT_CONTEXT = "JournalPrompts"

PROMPT_TEXTS: tuple[Text, ...] = (
    # Before a session
    QT_TRANSLATE_NOOP("JournalPrompts", "How are you arriving today, in your body and in your mind?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "What would you like to bring into this session, if anything?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "If you chose one word to carry with you today, what would it be?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Is there something you would like to set down for a while?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "What would being kind to yourself look like during this session?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "What are you curious about right now?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "What helps you feel steady? A breath, a sound, a person, a memory?"),
    QT_TRANSLATE_NOOP("JournalPrompts",
                      "Write whatever is on your mind before you begin. There is no right way to do this."),
    # After a session
    QT_TRANSLATE_NOOP("JournalPrompts", "What is the first thing you remember from the session?"),
    QT_TRANSLATE_NOOP("JournalPrompts",
                      "Were there images, colours, sounds or feelings that stayed with you?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "How does your body feel now, compared with before?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Did anything surprise you?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "How did the session meet the intention you set, if you set one?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Is there something from today you would like to keep hold of?"),
    QT_TRANSLATE_NOOP("JournalPrompts",
                      "Was anything difficult? You can write as much or as little about it as you like."),
    QT_TRANSLATE_NOOP("JournalPrompts",
                      "A few words are enough. What would you like to remember about today?"),
    # The day after a session
    QT_TRANSLATE_NOOP("JournalPrompts", "How did you sleep, and how did you wake up?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "What is different this morning, even slightly?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Looking back on yesterday, what stands out now?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Has anything settled overnight, or is something still moving?"),
    QT_TRANSLATE_NOOP("JournalPrompts",
                      "Is there a small thing you would like to do today to look after yourself?"),
    QT_TRANSLATE_NOOP("JournalPrompts",
                      "Is there anything you would like to talk about with someone you trust?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "What, if anything, are you grateful for this morning?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "What do you notice in your thoughts and feelings today?"),
    # Any other day
    QT_TRANSLATE_NOOP("JournalPrompts", "Write whatever you like."),
    QT_TRANSLATE_NOOP("JournalPrompts", "What happened today that you would like to remember?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "How are you feeling right now, and where do you feel it?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Describe a moment from this week that stayed with you."),
    QT_TRANSLATE_NOOP("JournalPrompts", "Have you noticed any change in yourself lately, large or small?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Who or what has supported you recently?"),
    QT_TRANSLATE_NOOP("JournalPrompts", "Write a few lines to yourself, as you would to a good friend."),
    QT_TRANSLATE_NOOP("JournalPrompts", "What are you looking forward to, or wondering about?"),
)
