"""The published Spanish (US) wording of PHQ-9 and GAD-7; the PCL-5 has none, so it stays English.

Same shape and same rules as :mod:`companion.domain.instrument_texts`: the words of the published,
validated translation, not a new one and never "improved"; answers in value order (index = score),
item for item in the English order. :func:`companion.domain.instrument_texts.text_for` picks these
for the language code "es" and falls back to the English per instrument.

Sources (the forms themselves are PDFs on phqscreeners.com, Pfizer's free PHQ screeners; the copies
below were read, no network being at hand, and a text was taken only where two of them agree word
for word):

- PHQ-9: "Cuestionario sobre la salud del paciente-9 (PHQ-9)", *Spanish for the USA*, phqscreeners.com.
  Read in (1) the text layer of that PDF, "PatientHealthQuestionnaire9_Spanish", as republished at
  https://es.studenta.com/content/129686767/patient-health-questionnaire-9-spanish, and (2) a
  transcription from the same form with its digest, github.com/vasudigumarthi/truvex-content,
  ``phq9/source.json`` (es-US, "Spanish for the USA", sha256:4b55ea00…). They agree word for word on
  the heading, the stem, the nine items, the four answers, the difficulty question and its four
  answers, and the Pfizer notice. Items 6 and 8 carry an en dash on this form (the English, an em
  dash); kept as printed. The paper's "(Marque con un “✓” para indicar su respuesta)" is left out, as
  the English "(Use “✔” to indicate your answer)" is: on screen the patient chooses an answer.
- GAD-7: the *Spanish for the USA* form of the same site. Its stem, seven items and four answers agree
  word for word in independent projects that name that form as their source: an Android GAD-7 voice
  test ("VoiceTestContent", "versión 'Spanish for the USA' de phqscreeners.com") and a Spanish
  self-assessment site ("Versión oficial en español (Spanish for the USA)", which adds a final full
  stop to each item); the items and answers also in a TypeScript screening library and a Laravel
  clinic app. Its stem is the Spanish PHQ-9's sentence. The title is the instrument's name only: no
  copy read shows the Spanish form's heading.
- Pfizer notice: the Spanish PHQ-9 form's, in both PHQ-9 sources above and quoted for the GAD-7's
  Spanish form by the sources of its items ("No se requiere permiso para reproducir, traducir,
  presentar o distribuir").
- PCL-5: the National Center for PTSD (US Department of Veterans Affairs), which publishes the PCL-5,
  publishes no Spanish version; the Spanish ones in print are academic adaptations (e.g. Complutense
  University of Madrid, 2016; UNAM, 2019), not the Center's. So the PCL-5 is shown in English, with
  :data:`ENGLISH_ONLY_NOTES` saying so in Spanish.
"""

from __future__ import annotations

from companion.domain.instrument_texts import QuestionnaireText
from companion.domain.instruments import Instrument

LANGUAGE = "es"

# Required with every display of PHQ-9 or GAD-7, as the Spanish form prints it.
PFIZER_NOTICE = (
    "Elaborado por los doctores Robert L. Spitzer, Janet B.W. Williams, Kurt Kroenke y colegas, mediante "
    "una subvención educativa otorgada por Pfizer Inc. No se requiere permiso para reproducir, traducir, "
    "presentar o distribuir."
)

FREQUENCY_ANSWERS = ("Ningún día", "Varios días", "Más de la mitad de los días", "Casi todos los días")

PHQ9_STEM = (
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?"
)
PHQ9_ITEMS = (
    "Poco interés o placer en hacer cosas",
    "Se ha sentido decaído(a), deprimido(a) o sin esperanzas",
    "Ha tenido dificultad para quedarse o permanecer dormido(a), o ha dormido demasiado",
    "Se ha sentido cansado(a) o con poca energía",
    "Sin apetito o ha comido en exceso",
    "Se ha sentido mal con usted mismo(a) \u2013 o que es un fracaso o que ha quedado mal con usted "
    "mismo(a) o con su familia",
    "Ha tenido dificultad para concentrarse en ciertas actividades, tales como leer el periódico o ver la "
    "televisión",
    "¿Se ha movido o hablado tan lento que otras personas podrían haberlo notado? o lo contrario \u2013 muy "
    "inquieto(a) o agitado(a) que ha estado moviéndose mucho más de lo normal",
    "Pensamientos de que estaría mejor muerto(a) o de lastimarse de alguna manera",
)
PHQ9_DIFFICULTY_QUESTION = (
    "Si marcó cualquiera de los problemas, ¿qué tanta dificultad le han dado estos problemas para hacer su "
    "trabajo, encargarse de las tareas del hogar, o llevarse bien con otras personas?"
)
PHQ9_DIFFICULTY_ANSWERS = ("No ha sido difícil", "Un poco difícil", "Muy difícil", "Extremadamente difícil")

GAD7_STEM = (
    "Durante las últimas 2 semanas, ¿qué tan seguido ha tenido molestias debido a los siguientes problemas?"
)
GAD7_ITEMS = (
    "Se ha sentido nervioso(a), ansioso(a) o con los nervios de punta",
    "No ha sido capaz de parar o controlar su preocupación",
    "Se ha preocupado demasiado por motivos diferentes",
    "Ha tenido dificultad para relajarse",
    "Se ha sentido tan inquieto(a) que no ha podido quedarse quieto(a)",
    "Se ha molestado o irritado fácilmente",
    "Ha tenido miedo de que algo terrible fuera a pasar",
)

RECALL_TWO_WEEKS = "las últimas 2 semanas"  # the stem's own words

TEXTS: dict[Instrument, QuestionnaireText] = {
    Instrument.PHQ9: QuestionnaireText(
        instrument=Instrument.PHQ9, title="Cuestionario sobre la salud del paciente-9 (PHQ-9)",
        recall_period=RECALL_TWO_WEEKS, introduction=None, stem=PHQ9_STEM, items=PHQ9_ITEMS,
        answers=FREQUENCY_ANSWERS, difficulty_question=PHQ9_DIFFICULTY_QUESTION,
        difficulty_answers=PHQ9_DIFFICULTY_ANSWERS, notice=PFIZER_NOTICE, language=LANGUAGE,
    ),
    Instrument.GAD7: QuestionnaireText(
        instrument=Instrument.GAD7, title="GAD-7",
        recall_period=RECALL_TWO_WEEKS, introduction=None, stem=GAD7_STEM, items=GAD7_ITEMS,
        answers=FREQUENCY_ANSWERS, difficulty_question=None, difficulty_answers=(), notice=PFIZER_NOTICE,
        language=LANGUAGE,
    ),
}

# Shown, in Spanish, with an instrument that has no published Spanish version and so stays English.
# (Companion's own words, not the instrument's.)
ENGLISH_ONLY_NOTES: dict[Instrument, str] = {
    Instrument.PCL5: (
        "Este cuestionario se muestra en inglés, como se publicó: el National Center for PTSD de los "
        "Estados Unidos, que lo publica, no tiene una versión en español, y una traducción nuestra no "
        "sería un cuestionario validado."
    ),
}
