<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AddPatientDialog</name>
    <message>
        <source>Add a patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A patient&apos;s new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm %1&apos;s new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in %1 has this fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fingerprint, as ssh-keygen -l prints it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In groups, to read aloud: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint in groups of four</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm this fingerprint with the patient (read aloud on a call, or from their Settings) before you add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm this fingerprint with %1 (read aloud on a call, or from their Settings) before you use it. Their exports signed by the old key will then show as signed by a different key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name on your desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints match: add the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprints match: use this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AfterPassphraseChangeDialog</name>
    <message>
        <source>Your vault was made by an earlier version of companion, so with the new passphrase it also has a new recovery key. The old recovery key now opens only the older backups.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Demo — this vault holds made-up data, not anyone&apos;s real information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo vault&apos;s passphrase is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.key) is missing from the data folder, so the vault cannot be unlocked. Nothing was changed or deleted. Every backup in the backups folder has a copy of the key file beside it: copy the newest one back into the data folder, name it vault.key, and start companion again.

Your data folder is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo — made-up data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppearanceChoice</name>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change applies now but could not be saved for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion keeps encrypted copies of your vault: one a day (the last 7 days and 4 weeks) and one before every update. They open with the same passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current vault will be kept aside as a safety copy, so nothing is lost. Anything entered after %1 will not be in the restored vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. Your previous vault was kept aside.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanEditor</name>
    <message>
        <source>Problems with this care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this plan as a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the saved care plan as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To save, fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care plan is saved yet. Enter what your clinician prescribed, or import the file your clinician gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your first session, add: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan saved (%1). The next session uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered in companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved care plan was written to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanFields</name>
    <message>
        <source>mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned session days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum monitoring time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter check-in interval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in grace period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure re-check times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure re-check at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-start systolic limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-start diastolic limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do-not-start heart-rate limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution systolic limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution diastolic limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent systolic level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent diastolic level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent systolic rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent diastolic rise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasting from food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasting from liquids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substance-free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter confirms with a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kit has a pulse oximeter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent oxygen saturation (SpO2) below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician&apos;s phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your address (for the paramedics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies (for the paramedics)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCL-5 enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PCL-5 every</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanFiles</name>
    <message>
        <source>Import the clinician&apos;s care-plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-plan files (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the care plan as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanForm</name>
    <message>
        <source>for example 40, 80</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>street, number, town: what an ambulance needs to find you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example: penicillin; or none known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where you live, so that the emergency number and the crisis line are right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these numbers come from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each default below names its source.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your clinician prescribed. companion never suggests a dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The days of the week your sessions are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the sitter stays after the dose, how often they check in, and when blood pressure (and, with a pulse oximeter, oxygen) is measured again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure and heart-rate limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Above a do-not-start limit the session cannot begin. Above a caution limit it may begin only after you acknowledge it. An urgent level or rise during the session opens the urgent guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fasting and substances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long before the dose to stop eating and drinking, and how long to stay free of alcohol, cannabis and non-prescribed drugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitter confirms each check-in; a code they choose makes sure it is them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown on the help screen during every session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the paramedics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the sitter calls for help, they read these out. Needed before your first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How often each questionnaire is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sublingual (under the tongue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oral (swallowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intranasal (nasal spray)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intramuscular (injection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the United States and Canada; no default elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default: your own information. Needed before your first session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have none, type “none known”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default: from your clinician&apos;s prescription; %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default: from your clinician. Required. Digits, spaces, +, - and brackets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default: from your clinician. Optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default: from your clinician&apos;s prescription.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default: from your clinician&apos;s prescription. Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default %1 (%2); %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: on (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default: off (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes after the dose, separated by commas. Default %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>911 in the United States and Canada (%1). Elsewhere, the number you call for an ambulance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 in the United States and Canada (%1). Elsewhere, a crisis line your clinician names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these numbers this limit never acts: a systolic above %1 already stops the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these numbers this limit never acts: a diastolic above %1 already stops the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both defaults are 90, as their sources say; your clinician decides whether a lower caution limit is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanHistoryBox</name>
    <message>
        <source>Saved versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who vouches for the plan in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of the key that signed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every saved version is kept, so each session shows the plan that applied to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with the key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a signed file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from an unsigned file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan in force was signed by %1 with the key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plan in force came from an unsigned file that names %1; nobody vouches for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You entered the plan in force yourself.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanImportPanel</name>
    <message>
        <source>Import clinician&apos;s file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the clinician&apos;s care-plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the list of problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file could not be read. Check that it is still there, then try again. Your care plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a folder, not a file. Choose the care-plan file itself (its name ends in .json). Your care plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is not an ordinary file (it may be a device or a pipe), so it was not read. Choose the care-plan file your clinician gave you. Your care plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be used, so your care plan is unchanged. Please ask your clinician for a corrected file. What is wrong (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: your care plan is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the care plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan from %1 was saved (%2). The next session uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its key is remembered: later plans signed with it are recognised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanNotes</name>
    <message>
        <source>With these limits the caution systolic limit never acts: a systolic above %1 already stops the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With these limits the caution diastolic limit never acts: a diastolic above %1 already stops the start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanProblems</name>
    <message numerus="yes">
        <source>This care plan cannot be used (%n problem); nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This care plan cannot be used (%n problems); nothing was changed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is needed before a session; add it to the care plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan must be a set of named fields (a JSON object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not a care-plan field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n more fields that are not care-plan fields.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>far out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number %2; it is %3.</source>
        <extracomment>%1 is a field, %2 its range (&quot;from 60 to 480 minutes&quot;), %3 the value given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number %2; it is %3.</source>
        <extracomment>%1 is a field, %2 its range (&quot;from 0 to 12 hours&quot;), %3 the value given</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be true or false; it is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a phone number of %2 to %3 digits (spaces, +, -, dots and brackets allowed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is needed as one line of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may be given as one line of at most %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of weekday numbers (0 = Monday … 6 = Sunday), each at most once, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 whole numbers of minutes %3, each at most once, in order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caution systolic limit (%1) must not be above the do-not-start systolic limit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The caution diastolic limit (%1) must not be above the do-not-start diastolic limit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urgent systolic level (%1) must be above the do-not-start systolic limit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The urgent diastolic level (%1) must be above the do-not-start diastolic limit (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in grace period (%1) must be shorter than the check-in interval (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every blood pressure re-check time (%1) must fall within the minimum monitoring time (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; a care-plan file is only a few KiB. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This care-plan file cannot be used (%n problem); your care plan is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This care-plan file cannot be used (%n problems); your care plan is unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Check that this is the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file nests lists or objects more than %1 levels deep; a care-plan file nests %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <extracomment>%3 is the JSON reader&apos;s own reason, in English (&quot;Expecting value&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 appears more than once; it may appear only once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;format&quot; is missing; a care-plan file has &quot;format&quot;: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;format&quot; must be &quot;%1&quot;; this is not a care-plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;version&quot; is missing; this app reads version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;version&quot; says %1, which this app does not know; it reads version %2. Ask for a version %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;version&quot; must be the whole number %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;issued_by&quot; (who wrote this care plan) is missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;issued_by&quot; (who wrote this care plan) must be one line of 1 to %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;issued_by&quot; (who wrote this care plan) has a space at its start or end; write the name without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;issued_at&quot; (when this care plan was written) is missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;issued_at&quot; (when this care plan was written) must be a date and time with a time zone, such as 2026-01-05T09:00:00+00:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;issued_at&quot; (when this care plan was written) must be a date between the years %1 and %2; it says the year %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a space at its start or end; write it without that space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are %n more problems.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The file must hold one JSON object with the fields &quot;format&quot;, &quot;version&quot; and &quot;care_plan&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not part of a care-plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;care_plan&quot; is missing; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;care_plan&quot; must be a JSON object of care-plan fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is signed with a kind of key this app does not accept (it accepts Ed25519 keys only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinician&apos;s signature does not match this care plan: the file was changed after it was signed, or damaged on the way. Ask your clinician to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in this file was made for something else, not for a care plan, so it does not vouch for this plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signed file would be larger than %1 KiB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;care_plan_file&quot; must be the text of a care-plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;signature&quot; must be an OpenSSH signature, which is plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature in this file cannot be read (%1). Ask your clinician to send the file again.</source>
        <extracomment>%1 is the technical reason, in English (&quot;the signature file is not plain text&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field %1 is not part of a signed care-plan file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing; a signed care-plan file has %2.</source>
        <extracomment>%1 is a field&apos;s name, %2 the list of fields: &quot;format&quot;, &quot;version&quot;, &quot;care_plan_file&quot; and &quot;signature&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The field &quot;version&quot; says %1, which this app does not know; it reads signed care-plan files of version %2. Ask for a version %2 file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanReviewDialog</name>
    <message>
        <source>A care plan from a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care plan from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel and keep the plan in force as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint matches —
remember this key and accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this unsigned plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept without remembering the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the key you confirmed with %1 on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this key with your clinician, once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the first signed care plan you import. It was signed by the key with this fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you accept, call your clinician and ask them to read you their key&apos;s fingerprint; it must match exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a number you already know, not one from this file. If the fingerprint matches, companion remembers the key and recognises later plans signed with it. If it does not match, press Cancel and tell your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this file was signed by a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You confirmed %1. This file was signed by a different key, so it may not come from your clinician, or it may have been changed on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your clinician on a number you already know, not one from this file, and ask them to read you their key&apos;s fingerprint. Remember this key only if they tell you they have a new key and it matches this one exactly:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody vouches for this file: anyone could have written or changed it. Accept it only if you are sure it came from your clinician, for example because they gave it to you themselves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician&apos;s earlier plans were signed; ask them why this one is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key of %1 (on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint of the key that signed this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no care plan yet. This file sets every value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same as the plan in force: this file changes no value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanSetupPage</name>
    <message>
        <source>Your care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter what your clinician prescribed, or import the care-plan file your clinician gave you. The safety checklist and each session use these numbers; the defaults shown are common ones, and your clinician&apos;s plan comes first. Not ready? The button to do this later is at the end of the page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the care plan and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not ready yet? You can enter it later under Settings → Care plan. A session cannot start until a care plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll do this later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanSources</name>
    <message>
        <source>Your clinician&apos;s prescription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your clinician prescribed. companion has no default dose and never suggests one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Ketamine remote-treatment agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose Ketamine, remote ketamine treatment agreement: do not start with a blood pressure above 160/90 or a heart rate above 100 per minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato prescribing information, 5.6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato (esketamine) US prescribing information, section 5.6 (increases in blood pressure): extra care before a dose when blood pressure is above 140/90.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato prescribing information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato US prescribing information: 8–19 % of patients had a rise of 40 mmHg systolic or 25 mmHg diastolic or more; readings of 180/110 or more need immediate attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato REMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato REMS (Risk Evaluation and Mitigation Strategy): monitoring for at least 2 hours after each dose, with blood pressure measured before the dose, at about 40 minutes (when it peaks) and at the end, recorded on the patient monitoring form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindbloom and Journey Clinical session guides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindbloom&apos;s peer treatment monitor guide and Journey Clinical&apos;s sitter guidance: the support person checks on the patient about every 15 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato patient guide; Nue Life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato patient guide and Nue Life&apos;s session preparation: no food for 2 hours and no liquids for 30 minutes before the dose (some plans ask 4 hours).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxford Health NHS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxford Health NHS Foundation Trust ketamine patient information: no alcohol, cannabis or non-prescribed drugs in the 24 hours before a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline (call, text or chat, in the US and Canada); 911 is the emergency number there. Both are care-plan fields, so other countries can enter their own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato HCP dosing page; Johnson &amp; Johnson medical information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spravato HCP dosing page (monitor respiratory status, including pulse oximetry, at each session); Johnson &amp; Johnson medical information (phase 3 studies excluded an SpO2 below 93 % and tracked SpO2 below 93 % on 2 consecutive readings).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion&apos;s own safeguard (no published number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a clinical number: a safeguard of this app that your clinician may switch off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion&apos;s default (no published standard)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No published standard sets how often these questionnaires are repeated during ketamine treatment; weekly PHQ-9 and GAD-7 and a monthly PCL-5 are this app&apos;s defaults, for your clinician to set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No default: your own information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own information, with no default and no source; it is needed before a session because the sitter reads it to the paramedics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanSourcesDialog</name>
    <message>
        <source>Where these numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every number companion acts on is part of the care plan, and your clinician&apos;s plan comes first. Where companion fills in a number before your clinician does, this page says where it comes from. None of them is advice about doses. Fields your clinician prescribes, and facts about you, have no default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePlanWriter</name>
    <message>
        <source>Save the signed care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care-plan files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s latest export holds no care plan, so the form starts from the documented defaults.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filled in from the plan in the patient&apos;s latest export. If the patient changed their plan since, their app compares the file with that plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fields are worded as the patient reads them: “you” is the patient. You sign as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and save the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel writing this care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed and saved. Send this file to the patient:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the signed care plan was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the patient imports it, their app shows your key&apos;s fingerprint in these groups. Read it to them, so they know the plan is yours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the care-plan writer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was signed. Fix what is shown in red beside the fields (%1), then sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion may not write in %1, so nothing was saved. Choose another folder and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of %1 is full, so nothing was saved. Free some space or choose another folder, and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk of %1 is read-only, so nothing was saved. Choose another folder and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written in %1, so nothing was saved. Choose another folder and sign again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault stays as it is; only the passphrase that opens it changes. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Checkins</name>
    <message>
        <source>Before the session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reactions to a very stressful experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak intensity %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not done yet: due now, to set your starting point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last: %1 (%2) on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write more in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you felt after the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log how you feel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-day check-in for the session on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-session log saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your post-session log is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was changed more than a day after it was first saved, so your clinician will see both versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next-day check-in was skipped; it will not be asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next-day check-in is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stood out is in your journal too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire was stopped. Your answer to question 9 was kept, so your clinician will see it; the rest was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questionnaire was stopped; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call or text %1, the crisis line, any time of the day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can also chat with them at 988lifeline.org.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you might act on these thoughts, or you are in danger now, call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician, %1: %2. Please let them know about this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician, %1. Please let them know about this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please let your clinician know about this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line %1 (call or text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is available now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You answered that you have had thoughts that you would be better off dead, or of hurting yourself. You do not have to carry this alone: please reach out to someone now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This answer has been kept, even if you stop the questionnaire here, and your clinician will see it marked as needing attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this: close the crisis information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To go back to the questionnaire, press Tab, then Space, or click the button.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after your session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well did you sleep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very badly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything still lingering (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example a headache, tiredness, or feeling far away (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stood out from the session (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A thought, an image, a feeling you want to keep (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number for sleep and mood to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded as skipped; it is not asked again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything still lingering?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stood out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the session that ended on %1. Sleep and mood are all that is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurred or double vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racing heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety or panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder pain or urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full of energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How intense was the experience at its strongest?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not at all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extremely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was it? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else: what was it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else you want to remember (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a number for each of the four ratings to save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects since the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything starts at “None”: change only what you noticed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session that ended on %1. Only the four ratings are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your log after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is more than a day since you first saved this log. If you change it, the earlier version is kept and your clinician will see that it was changed later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can correct this log until %1. Earlier versions are always kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One last question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press a number to choose, Return to go on, Backspace to go back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This score is for you and your clinician to look at together; it is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total %1 of %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your answer about thoughts of being better off dead or of hurting yourself is marked for your clinician&apos;s attention. If you need help now: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CheckinsController</name>
    <message>
        <source>What stood out, the day after</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecklistTexts</name>
    <message>
        <source>Please do not start today. Contact your clinician to talk about what to do next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is your sitter with you now, and able to stay for the whole session?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan asks for a sitter beside you from the dose until the end of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you eaten anything in the last %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan asks for no food for %1 before the session. This helps prevent sickness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you had anything to drink in the last %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan asks for nothing to drink for %1 before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the last %1, have you had any alcohol, cannabis, or drugs that were not prescribed to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan asks for none of these in the %1 before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have you taken any of these today: benzodiazepines, other sleeping pills, stimulants, MAOIs or opioids?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some medicines make you sleepier or change your blood pressure during the session. Choose each kind you took today, so your clinician sees it; you can also write the names. If you are unsure, contact your clinician before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last session, have you started a new medicine or been unwell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinician will want to know. If you are unsure, contact your clinician before you start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you pregnant, could you be pregnant, or are you breastfeeding?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan does not cover a session while pregnant or breastfeeding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you stay away from driving, machinery and important decisions until tomorrow, after sleep?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The effects can last for hours. Plan not to drive or take on commitments until you have slept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will you be looking after anyone today or tonight, such as children or a relative you care for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you have slept, someone else needs to be responsible for anyone who depends on you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No bath, hot tub or pool for you until tomorrow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water is not safe while the effects last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp or hazardous objects are put away.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the space around you before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone is charged and within reach of your sitter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>So that you or your sitter can call for help at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Water and a bowl are close to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may feel sick during the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Call %2 on %3.</source>
        <extracomment>%1 asks to contact the clinician; %2 is the clinician&apos;s name (or &quot;your clinician&quot;), %3 the phone</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CloseDuringSessionDialog</name>
    <message>
        <source>A session is in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing companion does not end the session, but the chime, the check-ins and the Help button stop until it is opened again, and check-ins that fall due meanwhile are recorded as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep companion open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <source>Check your copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at the key again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make sure your copy is right, type group %1 of %2 from your recovery key. The groups are the blocks of four characters, counted from the left.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong inside companion.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a fault in companion, not something you did. Everything already saved in your vault is safe. The details below show only where in the program the fault happened, not anything you wrote. Nothing has been sent anywhere; if you want to report it, copy the details into your report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit companion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DamagedVaultScreen</name>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion could not open your vault. Nothing has been deleted; here is what happened and how to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no backup that passed its checks. Here is what you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep your data folder as it is, including any file that was moved aside: it may still be possible to repair it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact support and tell them the vault could not be read. Never share your passphrase or recovery key with anyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup from %1 passed its checks. Restoring it brings back everything up to that time; anything entered after it is not in the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data folder is: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything entered after that time is not in the backup. The damaged file, if any, is kept where it was moved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>No export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked discussed with the clinician on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needs-attention flags in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already discussed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by the key %1, the one you confirmed with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made %1, covering %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>entered by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan in force: %1, since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the export holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exports shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n open flags, most severe first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 answers in this export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the export&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the zipped export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zipped exports (*.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient&apos;s patient.pub</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient keys (*.pub);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the newest export you opened for them was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The newest export, checked again against the key you confirmed with the patient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs-attention flags in the newest export that the patient has not marked discussed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1, confirmed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heart rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure at the first re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure at %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication, dose, route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes monitored, of the plan&apos;s minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to be left at (recovery check passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs acceptable before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs acceptable at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen level (SpO2), lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake at a check-in (sedation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached or confused at a check-in (dissociation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing slowly or shallowly at a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicines today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter check-ins confirmed · missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed without the sitter&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects reported after it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen session&apos;s record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the table to read its whole record here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication,
dose, route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes
monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to
be left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals acceptable
before · end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure
before · re-check · end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2
lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sedation · dissociation
· slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicines
today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins
confirmed · missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes monitored after the dose, of the minimum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the recovery check passed (ready to be left).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the dose, at the care plan&apos;s first re-check (40 minutes by default), at the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the sitter recorded at any check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benzodiazepines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other sleeping pills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opioids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dose taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>The clinician&apos;s desk is already open with this desk folder. Switch to its window (it may be minimised or behind other windows).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskDisplayDialog</name>
    <message>
        <source>Display</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the desk looks on this computer. A change applies at once and is kept for the next time you open the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the display settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskErrors</name>
    <message>
        <source>Restore clinician.key from a copy of the desk folder; the desk cannot open without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) is damaged and cannot be read. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says how to restore it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinician&apos;s desk already exists in %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) was changed after the desk wrote it, so it cannot be trusted. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says how to restore it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s name as patients know it (for example, Dr. Ana Ruiz).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the clinician&apos;s name to at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It would be easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase cannot be used: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no clinician&apos;s desk in %1 yet. Set one up with your name and a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) could not be read. Check the desk folder&apos;s permissions and the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) was made by a newer version of companion. Install the newest version and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds a list of patients but no clinician key, so it was left as it is. Restore clinician.key from a copy of the desk folder, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not open the desk. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is inside a patient&apos;s companion data folder; the desk keeps its own folder. Choose another folder with --desk-dir, or leave it out to use the desk&apos;s usual one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the export is not a plain file, so it was not imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an export that is valid for one of your patients can be imported; this one was left where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is already in the desk folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An export named %1 is already imported for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy did not verify (the export changed while it was being copied); nothing was imported. Open the export again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was imported meanwhile; nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <extracomment>%1 is the export&apos;s name, %2 the reason (a sentence)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not verify (it was altered after it was signed, or is not an export), so its key cannot be trusted. Ask the patient for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder; choose the patient&apos;s patient.pub file, or add them from their export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <extracomment>%2 is the system&apos;s reason, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a patient&apos;s key: %2. Choose the patient.pub file from their export.</source>
        <extracomment>%2 is the technical reason, in English</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore patients.json from a copy of the desk folder, or start a new list and add each patient again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a name for this patient, as you would like to see it on the desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorten the patient&apos;s name to at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is already %1&apos;s; the list was left as it is.</source>
        <extracomment>%1 is a patient&apos;s name, as the clinician wrote it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk folder already holds a list of patients; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of patients (%1) is missing from the desk folder, so no export can be checked against a remembered key. %2</source>
        <extracomment>%1 is the list&apos;s file name; %2 says how to restore it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of patients (%1) could not be read. Check the desk folder&apos;s permissions and the drive, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of patients (%1) is damaged. %2</source>
        <extracomment>%1 is the list&apos;s file name; %2 says how to restore it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list of patients (%1) was changed outside the desk, so the patients&apos; keys in it cannot be trusted. %2</source>
        <extracomment>%1 is the list&apos;s file name; %2 says how to restore it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That patient is no longer on the desk&apos;s list; open the list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the fingerprint with the patient first (they can read it from their Settings page or their export&apos;s first page); the desk remembers a key only after that.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskMainView</name>
    <message>
        <source>Checking the export before showing its key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the care plan in %1&apos;s exports…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskSetupScreen</name>
    <message>
        <source>Set up your clinician&apos;s desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk keeps the patients whose keys you confirmed, checks every export against them, and signs the care plans you write. It needs no patient vault and sends nothing anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name, as patients know you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, Dr. Ana Ruiz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase for the desk. It protects your signing key and the list of your patients&apos; keys; nobody can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your key… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create the desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskUnlockScreen</name>
    <message>
        <source>Start a new list of patients?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list that cannot be used stays in the desk folder, renamed to patients.json.set-aside- with today&apos;s date and time; nothing is deleted. The new list is empty.

Every patient must then be confirmed again: add each one from their export or their patient.pub, after checking the fingerprint with them. Until you do, their exports show as from an unknown key, and the desk cannot warn you that a patient&apos;s key changed.

If you have a copy of the desk folder, you can instead put its patients.json back and unlock again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set it aside and start a new list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading whose desk this is…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose desk this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new list of patients…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new list of patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desk belongs to %1. Its signing key&apos;s fingerprint is:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>companion desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EmergencyRegionChoice</name>
    <message>
        <source>United States or Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I live in the United States or Canada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I live elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the number you call for an ambulance where you live, and a crisis line. companion does not know other countries&apos; numbers: ask your clinician which crisis line to use.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export for your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes a folder (or a .zip file) for your clinician: a report to read (PDF), the same data as tables (CSV) and in the format health records use (FHIR), and a signature that shows nothing was changed after you made it. Nothing is sent anywhere: you hand it over yourself, for example on a USB stick or through your clinic&apos;s secure upload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name on the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as your clinician knows you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions: the session record, readings, checklist, check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires: PHQ-9, GAD-7, PCL-5 with every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the sessions: mood, side effects, next-day check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs-attention flags are always included: they are what your clinician looks at first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries I marked “Share with my clinician”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as a .zip file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for the zip (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a password the zip is encrypted (AES-256). Open it with 7-Zip or a similar tool: the zip tools built into Windows and macOS cannot open it. Give the password to your clinician another way than the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder the export is saved into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the folder to save into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview page 1 of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the export was saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of the report, as your clinician will see it, and how many rows each table holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page 1 of the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your first export: from your first record to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since your last export, which ended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Off unless you tick it, for this export only. Only entries you marked as shared can go in (%n now); your other entries never leave your computer.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in each table:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Hand this to your clinician:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed with your key, whose fingerprint is below. Your clinician can check that nothing was changed (the README explains how).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Back to your patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading what it holds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the CSV folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the zip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export is a .zip: open it, or extract it, to read its PDF and its CSV tables.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No export of %1&apos;s has been opened on this desk yet. Open their export to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified, but could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 exports, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A zip without a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This zip will have no password: anyone who gets the file can read it. Write it without a password?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period starts after it ends; choose a start on or before the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>There is nothing to export in this period; choose other dates.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FlagTexts</name>
    <message>
        <source>thoughts that you would be better off dead, or of hurting yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please tell %1. If you might act on these thoughts, call the crisis line %2 or the emergency number %3 now.</source>
        <extracomment>%1 is the clinician&apos;s name and phone, %2 the crisis line, %3 the emergency number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 question 9 (%1) was answered %2, above 0. %3</source>
        <extracomment>%1 is what question 9 asks, %2 the answer (1 to 3), %3 the advice to call someone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 question 9 (%1) was first answered %2, above 0, then changed to 0 before the questionnaire was finished. %3</source>
        <extracomment>%1 is what question 9 asks, %2 the first answer (1 to 3), %3 the advice to call someone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 question 9 (%1) was answered %2, above 0, on a questionnaire that was not finished. %3</source>
        <extracomment>%1 is what question 9 asks, %2 the answer (1 to 3), %3 the advice to call someone</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PHQ-9 total rose by %1 points since the previous one (from %2 to %3). A rise of %4 or more is worth talking over with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The GAD-7 total is %1, in the severe range (%2 or more). Please talk it over with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A severe side effect was recorded: %1. Please tell your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry was changed more than 24 hours after it was made. The earlier version is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>An entry was changed more than 24 hours after it was made (%n times). The earlier version is kept.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the end of a list: &quot;15, 30 and 45&quot;; %1 is the list&apos;s start, %2 its last item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Blood pressure before the dose was %1/%2. %3</source>
        <extracomment>%1/%2 is the reading; %3 the care plan&apos;s reasons, sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure before the dose was in the range where your care plan asks for extra care, and the session went ahead after that was acknowledged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a checklist question, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session went ahead after a caution answer was acknowledged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2 at %3 minutes</source>
        <extracomment>%1/%2 is a reading, %3 how many minutes after the dose it was taken</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 after the dose</source>
        <extracomment>%1 lists readings: &quot;185/100 at 40 minutes and 190/105 at 60 minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure reached an urgent level (%1). %2 Please tell your clinician.</source>
        <extracomment>%1 lists the readings; %2 the care plan&apos;s reasons, sentences</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 minutes after the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <extracomment>%1 is a percentage, %2 when it was measured (&quot;before the dose&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2) was below the care plan&apos;s limit of %1 % (%2). Please tell your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very sleepy or hard to wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing slowly or shallowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At a check-in the sitter recorded that you were %1 (at %2 minutes after the dose). These are emergency signs; please tell your clinician.</source>
        <extracomment>%1 names the signs (&quot;very sleepy or hard to wake&quot;), %2 lists minutes (&quot;15 and 30&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-in was confirmed without the sitter&apos;s code (at %1 minutes after the dose), so the app could not tell who answered.</source>
        <extracomment>%1 lists minutes after the dose (&quot;15 and 30&quot;)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-ins were confirmed without the sitter&apos;s code (at %1 minutes after the dose), so the app could not tell who answered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-in went unanswered (at %1 minutes after the dose).</source>
        <extracomment>%1 lists minutes after the dose (&quot;15 and 30&quot;)</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-ins went unanswered (at %1 minutes after the dose).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The session ended %1 minutes after the dose, before the minimum monitoring time of %2 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session has no recorded end: the dose was taken, but the session was not completed or ended within %1 after the minimum monitoring time. Please open it to record how it ended, and tell your clinician.</source>
        <extracomment>%1 is a number of hours (&quot;8 hours&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session&apos;s end was recorded only %1 minutes after the dose, more than %2 after the minimum monitoring time.</source>
        <extracomment>%2 is a number of hours (&quot;8 hours&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety check said not to start this session, so it did not start then. This is the checklist working as it should; your clinician may want to know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A safety check said not to start this session (%n times), so it did not start then. This is the checklist working as it should; your clinician may want to know.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm (PHQ-9 question 9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation below the care plan&apos;s limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard to wake or breathing slowly during a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 up 5 points or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 in the severe range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter check-in missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session ended before the minimum monitoring time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session with no recorded end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure before the dose in the caution range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caution answer acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in confirmed without the sitter&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session start blocked by a safety check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entry changed more than 24 hours after it was made</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuidedPage</name>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worth mentioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the PTSD cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 question 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 up 5 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood pressure in the caution range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low oxygen level (SpO2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard to wake or slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in without the sitter&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended before the minimum time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recorded end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log changed after 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sitter worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>help used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery check not passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in confirmed without the sitter&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first one (%1 on %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % lower than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 % higher than %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinicians call this a response (half or less of the first score) and remission (below 5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinicians call this a response: half or less of the first score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below 5: what clinicians call remission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change since the first questionnaire</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire scores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Sessions, questionnaires and moods appear here as you record them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One session, on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 answers yet. Your scores appear here, over your severity bands, once you have answered it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before and after each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moods recorded yet. Each session&apos;s mood before the dose and after it (from the post-session log) appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure per session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solid lines: systolic (upper number) · dashed lines: diastolic (lower number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blood pressure readings yet. The readings before the dose, at the re-check and at the end of each session appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guidance for the sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the paramedics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blurred or double vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Racing heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety or panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder pain or urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(discussed with your clinician on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To mention to your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dose was taken in this session, so there is no monitoring record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your clinician receives about this session, in the order of the monitoring form clinics use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1 of 10, anxiety %2 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist answers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure and heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, heart rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, SpO2 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No readings recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No check-ins recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help was not used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No post-session log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1, anxiety %2, energy %3, peak intensity %4 (each of 10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No side effects noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed %1 times; last saved %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed more than 24 hours after it was made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-day check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next-day check-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleep quality %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood %1 of 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still lingering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What stood out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered, with nothing noted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benzodiazepines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sleeping pills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimulants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Under the tongue (sublingual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swallowed (oral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nasal spray (intranasal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Injection into a muscle (intramuscular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, heart rate %2, at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Did not pass (last tried at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time of dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total time monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to be left at (recovery check passed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure at the first re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no re-check in the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs acceptable before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vital signs acceptable at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen level (SpO2), lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen level (SpO2), each reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen level (SpO2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No oximeter in the kit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes (categories not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake at a check-in (sedation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached or confused at a check-in (dissociation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing slowly or shallowly at a check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicines today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter check-ins confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter check-ins missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed without the sitter&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early, because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood
before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure
before · re-check · end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes monitored after the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts by how much the mood changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts by the highest upper (systolic) number of the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorts by the most serious thing to mention to the clinician, then how many.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>companion is already open with this data folder. Switch to its window (it may be minimised or behind other windows); a second window would run a second session timer on the same vault.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold (Control+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Italic (Control+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this line a heading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>• List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this line part of a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention before a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integration after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared with your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is empty now. Write something, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to save yet. Write a title or a few words first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved to the trash. It is kept there 30 days, and you can restore it until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared with your clinician: it can be included in an export you make.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not shared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags, separated by commas (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mood noted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — in between</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off unless you turn it on. A shared entry only leaves this computer in an export you make and choose to include it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save (Control+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry is too long to keep in one piece. Move part of it into a new entry, then save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovered what you were writing on %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linked to a session: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard the new entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moves it to the trash, where it is kept 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search (Control+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only entries shared with my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries, kept 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This entry and its earlier versions will be removed for good. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new entry (Control+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 best matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln entries found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln entries.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trash is empty. Deleted entries stay here for 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches. Try other words, or clear the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No entries yet — write the first one. “New entry” (Control+N) offers a few prompts to begin with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an entry on the left, or start a new one (Control+N).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before your session: what would you like to bring with you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your session: take your time. A prompt can help you begin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day after: how is it settling?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prompt can help you begin, or you can write freely.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Begin with the chosen prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write freely, without a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted entries are kept %1 days, then removed for good. Restore one to bring it back to your journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the entry now, for good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1 · deleted %2 · removed for good after %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JournalTexts</name>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags can contain only letters, digits, &quot;-&quot; and &quot;_&quot;, separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An entry can have at most %1 tags.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>companion switches to this language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion switches to this language the next time it starts. Your vault has not been created yet, so nothing is lost if you close companion now and open it again to set up in this language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This copy of companion has no translation into %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainShell</name>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the arrow keys, or Control with a number, to move between sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Control+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the vault (Control+L)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <source>benzodiazepines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other sleeping pills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAOIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opioids</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words with spaces make a passphrase that is strong and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this passphrase cannot be used yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 characters (at least %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OlderBackupsPage</name>
    <message>
        <source>Your passphrase is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your vault is now encrypted with a new key, so the old passphrase no longer opens it. A new backup was made just now with the new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One backup made before this change still opens with the old passphrase. If someone may know the old passphrase, delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before this change still open with the old passphrase. If someone may know the old passphrase, delete them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the older backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the backups made before this change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Paramedics</name>
    <message>
        <source>, heart rate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, SpO2 %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the dose, at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the care plan — say it yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 mg of %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest readings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicines today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will type this passphrase each time you open companion. Choose something only you know — a short sentence or a few unrelated words works well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protecting your vault — this takes a second or two.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseReasons</name>
    <message>
        <source>This is a commonly used passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is one character repeated; use several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This repeats the same word or pattern; use several different words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a simple sequence like 12345 or abcde; use several unrelated words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is made only of words linked to this app or to you; add unrelated words of your own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This would be easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at least %1 characters; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use at most %1 characters; this has %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Your patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The desk&apos;s text size and theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open an export folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a zipped export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From their first export (a folder)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From their first export (a .zip)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From their patient.pub file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patients yet. Add a patient from their first export or their patient.pub file, after you have confirmed its fingerprint with them (they read it from their Settings page).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show their exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a care plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A care-plan file for the selected patient, signed with your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desk of %1 · your signing key %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s signed care plan was saved as %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanChangeList</name>
    <message>
        <source>What the patient will see change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The latest export holds no care plan: the patient will see every field as new (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes against the latest export: the patient will see the same plan, signed by you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the patient will see change (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save recovery key as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only this once. Write it down on paper, or save it as a PDF and print it, and keep it somewhere safe and private.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no Copy button on purpose: programs that remember what you copy could keep the key where someone else might find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have written it down or printed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Try another folder, or write the key down instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1. Print it, keep the paper somewhere safe, then delete the file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPdf</name>
    <message>
        <source>This key opens your companion vault if you ever forget your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this paper somewhere safe and private, as you would a passport. Anyone who has this key and your computer could read your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To use it: on the unlock screen choose “Forgot your passphrase? Use your recovery key”, type the key (spaces, dashes and capital letters do not matter), then choose a new passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you saved this page as a file, delete the file once it is printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion — recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or printed when you set up companion. Spaces, dashes and capital letters do not matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then choose a new passphrase. It replaces the one you forgot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking your recovery key and protecting your vault — this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set new passphrase and unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is more than %1 characters. Check for an extra one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key has a typo. Check each group against your copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is typed correctly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Questions: %1. Answers: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(ack.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prepare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no longer asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checklist answers before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No checklist answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bold: the answer that stops a session (stop) or needs an acknowledgement to go on (caution); ack.: acknowledged. The questions:%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before and after each session (patient&apos;s ratings, 0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety before → after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day: sleep, mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changed more than 24 h later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal entries shared by the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shared by patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(edited %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The care plan in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No care plan was set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a care-plan file issued and signed by %1 with the key %3; in force since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from an unsigned care-plan file issued by %1; in force since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entered by the patient in the app; in force since %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported, not clinically verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questionnaire answers, item by item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 = baseline − 5 (minimal important difference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after it (post-session log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood before and after each session (0–10, higher is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No moods recorded in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>systolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits: urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure per session (mmHg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>do not start %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No blood pressure readings in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MODERATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FOR THE RECORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for the record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the PTSD cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>probable PTSD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 question 9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PHQ-9 up 5 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GAD-7 severe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP in the caution range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent BP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard to wake or slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in missed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in without code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended before the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe side effect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recorded end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log changed after 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment report — at-home ketamine sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · companion %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(check: ssh-keygen -Y verify, namespace companion-export)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient left these parts out of this export: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needs-attention flags in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags: %1 (%2); open: %3. Most severe first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More flags, continued on page %3: %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only the baseline so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least the %1-point MID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>less than the %1-point MID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remission: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question 9 above 0: %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YES</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores — baseline to latest (lower is better)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires answered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response (≥ 50 % below baseline), remission (below 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 in the period)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention, continued (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient-reported, not clinically verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benzodiazepine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other sleeping pill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stimulant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAOI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opioid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (kinds not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not dosed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP at %1 min (HR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP at the first re-check (HR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication, dose, route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to be left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vitals OK before / end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP before the dose (HR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BP at the end (HR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 lowest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very sleepy / detached / slow breathing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicines that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins done / missed / no code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session record (after the Spravato REMS patient monitoring form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per session in the period. Times are the patient&apos;s local time. BP in mmHg with the heart rate (HR) per minute in brackets. Minutes: monitored from the dose to the end. SL sublingual, PO oral, IN intranasal, IM intramuscular. Vitals OK: the reading before the dose allowed a start / the last one was within the care plan&apos;s limits. %1 not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dosed (the care plan sets no session days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dosed of %2 planned (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 not finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 min monitored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 mg %3 (sessions: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>other doses (sessions: %1; see the session record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 confirmed (%2 of %3); %4 missed; %5 without the sitter&apos;s code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: median %2, highest %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak after the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured (no pulse oximeter in the kit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lowest %1 (%2); readings below the plan&apos;s limit of %4 %: %3; sessions measured: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very sleepy or hard to wake %1 · detached or confused %2 · breathing slowly %3 (sessions; %4 observed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no post-session logs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (post-session logs: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; most often %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session %1, %2, after %3 min: “%4”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more in the session record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions with other medicines taken that day: %1 (the kinds are in the session record)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose, route</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitter saw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early ends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>How are you feeling right now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very anxious</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An intention for today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intention for today (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to the sitter&apos;s hand-over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the patient very sleepy or hard to wake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the patient seem detached or confused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the patient breathing slowly or shallowly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter, your 4-digit code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter&apos;s 4-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m here — all well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m worried</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I forgot my code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check-in is overdue. Sitter: look at the patient and answer now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered the check-in at %1: it is recorded as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody answered the check-ins at %1: they are recorded as missed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: if your sitter is not with you, call them on %1. If you feel unwell, call %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient: if your sitter is not with you, call them. If you feel unwell, call %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter: look at the patient now, then answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That code is not right. Type it again, or press &quot;I forgot my code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer the three questions first (one tap each).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please type your 4-digit code. If you forgot it, press &quot;I forgot my code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Benzodiazepines (such as lorazepam, diazepam or alprazolam)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other sleeping pills (such as zolpidem or zopiclone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stimulants (such as methylphenidate or amphetamine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAOIs (such as phenelzine, tranylcypromine or selegiline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opioids (such as codeine, tramadol or oxycodone)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which kinds? Tick every one you took today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their names and doses (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Names of what you took today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and want to go on. My clinician will see this answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you start: the safety checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer each question honestly. Some answers mean today is not a good day for a session; the app will tell you why and whom to call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get ready (tick each one when it is done)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop here for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is not a good day for a session. See the note above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer every question (and tick the acknowledgement where asked) to go on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number from the package (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lot number from the package (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is with you as your sitter.

Take %2 mg of %3 (%4), exactly as your clinician prescribed. Then press &quot;Dose taken&quot;: the app records the time and starts the session timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending before the session is complete is recorded, with your reason, and your clinician will see it. The sitter still stays until the patient passes the recovery check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the session ending now? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for ending early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the session going</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been taken yet. Stopping now closes today&apos;s session; your reason is kept with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not today? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop for today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write the reason first; it is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the sitter: please read this yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you know the patient (for example partner, friend)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a 4-digit code and keep it to yourself. You will type it at every check-in, so the app knows it is you who answered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 4-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your 4-digit code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I take over as the sitter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm each of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are taking over as the sitter. From the dose until the app says the session is complete (at least %1 minutes), you stay with the patient. The app will chime every %2 minutes and ask you to check in. The large Help button is always on the screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am an adult (18 or older).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am sober: I have had no alcohol or drugs today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will stay for the whole session, at least %1 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I know how to get help: the Help button, emergency %1, clinician %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I will not leave the patient alone during the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please confirm each promise; if you cannot, the session cannot start today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a 4-digit code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two codes are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trouble breathing, or breathing slowly or shallowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very hard to wake, cannot be woken, or does not respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a seizure (fit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sudden, severe headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sudden change in vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weakness or numbness on one side of the body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the distress does not ease, or the patient talks about harming themselves: call or text %1 now, and call %2 on %3.

Strong feelings, fear or confusion can come with this medicine and usually pass as it wears off. Speak calmly and simply; remind the patient where they are, that you are with them, and that it will pass. Dim the lights and lower any noise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>•  Stay with the patient; do not leave them alone, even for a moment.
•  Keep them sitting or lying down. If they feel sick or are very drowsy, help them onto their side, with the bowl within reach.
•  Give nothing to eat, and no other medicine, alcohol or drugs.
•  Do not let them walk about alone, take a bath, or go outside.
•  Keep your phone charged and close. Note the time of anything that worries you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1 now if the patient has any of these:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say that the patient took %1 as prescribed, and when (see &quot;For the paramedics&quot;). Stay with them, and unlock the door for the ambulance crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distress or panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paramedics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the paramedics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what is happening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum monitoring time has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum monitoring time ends at %1 (in %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in at %1 recorded: all well. Thank you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-in at %1 recorded: the sitter was worried.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>since the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reading now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End early…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reading needed attention. Keep the patient sitting quietly; the app will ask for a new reading at %1. If the patient has chest pain, trouble breathing or a severe headache, call %2 now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recovered yet: keep monitoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery check did not pass:
%1

Stay with the patient. The check comes back at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay with the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do right now. The app will chime at the next check-in (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time for the recovery check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The minimum monitoring time has passed. When the patient seems recovered, the sitter answers a few questions and takes a last reading. Until it passes, the session goes on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the recovery check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no care plan yet, so a session cannot start. Ask your clinician for your care plan, then enter it (or import their file) in Settings → Care plan. Nothing else is needed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an intention in your journal first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sitter card (PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One page for your sitter: what to watch for, the check-ins, what to do in an emergency, the numbers and your address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan: %1 mg of %2 (%3). You will answer a short safety checklist, measure your blood pressure, and hand over to your sitter before you take the dose. The session lasts at least %4 minutes after the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add them in Settings → Care plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close today&apos;s session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until you have slept: no driving or machinery, no important decisions, and someone else looks after anyone who depends on you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log how you feel now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write about it in your journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored for 1 minute after the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monitored for %1 minutes after the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recovery check passed at %1: the patient could be left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final blood pressure %1/%2, heart rate %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final blood pressure %1/%2, heart rate %3, SpO2 %4 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missed check-ins: %1 (your clinician will see this).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper number (systolic), mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower number (diastolic), mmHg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate, beats per minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2), percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper (systolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower (diastolic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in all four numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please fill in all three numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to measure blood pressure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood pressure, heart rate and SpO2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blood pressure and heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last reading needed attention. Sitter: measure the patient&apos;s %1 again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time to measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter: please measure the patient&apos;s %1 now and type the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the patient&apos;s %1 from the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery check (for the sitter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does the patient respond normally when you talk to them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient does not respond normally yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Can the patient walk steadily, without help?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient cannot walk steadily without help yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the patient free of sickness, or is it mild and easing?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient still feels sick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish the recovery check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was ended early. Sitter: stay with the patient until this check passes; the patient must not be left alone before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the patient seems recovered, answer these and take a last reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please answer every question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer the check-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help: emergency signs, distress, what to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in is overdue (%1). Sitter: answer it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check-in is due (%1). Answer it when you can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s session was closed before the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s session: before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sitter card was saved as %1. Print it, or open it on the sitter&apos;s phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the sitter card…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>oral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intranasal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the patient sitting quietly and call %1 on %2 now. If they have chest pain, trouble breathing, a severe headache, confusion, or weakness on one side, call %3 at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure again at %1 (in 5 minutes): the app will ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This reading needs attention now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure and heart rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit quietly for five minutes, then measure your blood pressure and heart rate and type the numbers from the monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have read this and want to go on. My clinician will see this reading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge the blood pressure caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sit quietly for five minutes, then measure your blood pressure, heart rate and oxygen saturation (SpO2) and type the numbers from the monitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionDetailView</name>
    <message>
        <source>Session details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session in the table to see everything recorded about it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionTopBar</name>
    <message>
        <source>Before the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was ended early at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recovery check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 since the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>minimum ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-in due %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next check-in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these numbers come from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plan status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your clinician prescribed, and every number the safety checklist and the session use: limits, monitoring time, check-ins and contacts. Enter it here or import the file your clinician gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locking and passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes without activity before companion locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse use, companion locks and asks for your passphrase again. Press Control+L to lock at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a diagnostic log on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a diagnostic log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> It is saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off unless you turn it on. The log records only event names, such as “vault unlocked” or “backup created”, to help report a problem. It never holds anything you write, and it is never sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan was saved. The next session uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This change applies now but could not be saved for next time: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>That is not quite group %1. Take your time: you can look at the key again, check your copy, and then try once more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShellPages</name>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideEffects</name>
    <message>
        <source>nausea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headache</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blurred or double vision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>racing heart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anxiety or panic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bladder pain or urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another side effect</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKeyPanel</name>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every export is signed with a key that only this vault holds. Read this fingerprint to your clinician once, so they can check that later exports come from you, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clinicians&apos; keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care plans signed with these keys are recognised. You confirmed each one with your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet. The first time you import a care plan your clinician signed, you check its fingerprint with them, and the key is remembered here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, confirmed %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SitterCard</name>
    <message>
        <source>not yet in the care plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>under the tongue (sublingual)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>swallowed (oral)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nasal spray (intranasal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>injection (intramuscular)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 mg, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very sleepy or hard to wake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breathing slowly or shallowly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose taken at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch for these — call %1 at once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feeling detached, dreamy or confused is common and usually passes. Speak calmly and remind the patient where they are. If the distress does not ease, or they talk about harming themselves, call or text the crisis line %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell them the address; the medication, the dose and the time it was taken; the latest readings; other medicines taken today; the allergies. Help → “For the paramedics” shows them all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the door for the ambulance crew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay with the patient. If they are very drowsy or feel sick, help them onto their side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it is safe, call the clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detached or confused?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breathing slowly or shallowly?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dose on, every %1 minutes a chime sounds and the screen asks you to check in. Answer within %2 minutes. Look at the patient and answer yes or no:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then type your code and press “I&apos;m here — all well”. Forgot it? Press “I forgot my code”. “I&apos;m worried” always works, even without the code. “Yes” to sleepy or to breathing slowly opens the emergency guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then press “I&apos;m here — all well”. “I&apos;m worried” always works. “Yes” to sleepy or to breathing slowly opens the emergency guidance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check in every %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes after the dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and at the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood pressure: at %1, measure blood pressure and heart rate and type them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also the oxygen level (SpO2) from the finger clip: below %1 is urgent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If a reading needs attention, the screen says what to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery check, after %1 minutes: does the patient respond normally, walk steadily without help, and feel no sickness (or only mild and easing)? And a last reading. If it does not pass, keep watching; the check comes back later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help is always on the screen: the emergency signs, distress, what to do meanwhile, and what to tell the paramedics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the screens ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sitter card — companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay with the patient from the dose until the recovery check has passed. Never leave them alone, even for a moment. Keep your phone charged and close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sitter card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Your care plan or the clinician keys you confirmed changed while this file was open, so nothing was saved. Open the file again to see what it changes now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be saved. Free some space and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is read-only, so %1 could not be saved. Check the drive and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion is not allowed to write %1. Check the data folder&apos;s permissions and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk reported a problem while saving %1. Check the drive and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many backups were made in one second; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be written; check the free space on the drive and the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup was written but cannot be found; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a file, not the backups folder; move it elsewhere so backups can be made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backups folder could not be read; check its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored care plan is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That care plan is not in the vault; it may belong to a backup that was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored check-in is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The next-day check-in for that session was already recorded; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A clinician&apos;s key stored in the vault is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read with its key: the file is damaged or does not belong to this key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read because the system reported a problem; nothing was changed. Check the data folder&apos;s permissions and the drive, then try again.</source>
        <extracomment>%1 is the name of a file, such as vault.db</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read; check the data folder&apos;s permissions and the drive, then try again.</source>
        <extracomment>%1 is the name of a file, such as vault.db</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a companion vault; it was left untouched.</source>
        <extracomment>%1 is the name of a file, such as vault.db</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk refused to save the vault (it may be full); the last change was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written to; the last change was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support the journal the vault needs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The re-encrypted copy of the vault did not read back; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase did not unlock the vault. Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A vault already exists in %1; it was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is in use by another program; close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of companion (schema %1, this version knows up to %2); it was left untouched, so please install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored journal entry is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That journal entry is no longer in the vault; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to check the passphrase. Close other programs and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the newest .key file from the backups folder over it (it opens with the passphrase you had then), or restore it from a copy of your data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (%1) is damaged and cannot be read. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says where copies of it are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (%1) was changed after companion wrote it, so it cannot be trusted. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says where copies of it are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (%1) was made by a newer version of companion. Install the newest version and try again.</source>
        <extracomment>%1 is the key file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key file (%1) could not be read. Check the data folder&apos;s permissions and the drive, then try again.</source>
        <extracomment>%1 is the key file&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stored questionnaire is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this has %2. Check for a missing or extra character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Character %1 is not used in recovery keys (they have no U and no punctuation). Check it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key has a typo. Check each group of four characters against your copy and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored session history is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is already in progress; finish it or end it before starting another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session is not in the vault; it may belong to a backup that was replaced.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file could not be saved (the disk refused it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file does not match this vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export cannot be signed because %1. Lock companion and unlock it again; if this stays, restore the key file from the backups folder.</source>
        <extracomment>%1 is the reason: &quot;the key file is missing&quot;, …</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault could not be read, so it was moved aside to %1 and nothing was deleted; you can restore a backup to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault&apos;s database is missing and nothing was changed; you can restore a backup to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record of the vault&apos;s newest changes is damaged, so the vault was moved aside to %1 with it and nothing was deleted; you can restore a backup to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made, but the vault opened normally. %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old backups could not be cleared away, but the vault opened normally. %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A safety copy of the current vault could not be made, so nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vault is still open elsewhere; close companion everywhere and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup did not pass its integrity checks, so nothing was changed; choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy of that backup did not read back correctly, so nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StorageNames</name>
    <message>
        <source>the imported export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the list of patients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the care-plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backups folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a copy of the vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the re-encrypted vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the key file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the checksum note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the damaged vault&apos;s new place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the restored vault</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: not yet rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>very strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Recorded %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discussed with my clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as discussed with my clinician: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · Discussed with your clinician on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the session this is about: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already discussed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One thing to mention to your clinician.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How is your mood right now? 0 is the lowest, 10 the best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A few words, if you like (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mood note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved today: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the session page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open check-ins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent questionnaires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick mood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no care plan yet, so a session cannot start. Enter the plan your clinician gave you (or import their file) in Settings → Care plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session is in progress (started %1). Continue it on the session page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your care plan has no planned session days. When your clinician says a session is due, the safety checklist can start from the session page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is a planned session day. The safety checklist can start whenever you are ready and your sitter is with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next planned session: %1. The safety checklist starts from the session page on the day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s session is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you feel after the session of %1 (the log stays open until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next-day check-in for the session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your first one, as a starting point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: last one on %2 (every %n days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No questionnaires yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerificationBanner</name>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have a new key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>They have a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file is compared with the signed manifest, and the signature with the key you confirmed. Nothing in it is shown until that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: this export is %1&apos;s, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every file matches what %1&apos;s app signed, with the key you confirmed with them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not a complete export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not use this export: it was changed after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not match what the patient&apos;s app signed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in it is shown. Ask the patient for a new export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names its patient “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown key: none of your patients has the key that signed it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export is intact, signed by the key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the fingerprint with the patient before you add them; until then nothing in it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This export was signed by a different key than the one you confirmed for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key you confirmed:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signed it:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It may not come from %1. Call them and compare fingerprints before you trust any of it; nothing in it is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that signed it is %1&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: signed by a different key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1&apos;s exports…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exports are compared with their signed manifests and %2&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: all %1 exports are %2&apos;s, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each is signed by the key you confirmed with %1; they are shown together below, each record from the newest export that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, made %3: not shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1 of %2&apos;s exports cannot be trusted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other export verified and is shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other %1 verified and are shown below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of them is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One or more was signed by a different key than the one you confirmed for %1: call them and compare fingerprints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This could not be shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VitalsTexts</name>
    <message>
        <source>Please measure again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please measure again: check the finger clip. If the patient has trouble breathing or cannot be woken, call the emergency number now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oxygen saturation (SpO2) should be between %1 and %2 %. %3</source>
        <extracomment>%1 and %2 are percentages (70 and 100); %3 says what to do</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper number (systolic) should be between %1 and %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower number (diastolic) should be between %1 and %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper number (systolic) should be higher than the lower one. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heart rate should be between %1 and %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oxygen saturation (SpO2) is %1 %, below %2 %, the limit in your care plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper number (systolic) is above %1, the limit in your care plan for starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower number (diastolic) is above %1, the limit in your care plan for starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The heart rate is above %1, the limit in your care plan for starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The oxygen saturation (SpO2) is below %1 %, the limit in your care plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper number (systolic) is above %1, where your care plan asks for extra care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower number (diastolic) is above %1, where your care plan asks for extra care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper number (systolic) is %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower number (diastolic) is %1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The upper number (systolic) has risen by %1 or more since before the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lower number (diastolic) has risen by %1 or more since before the dose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The blood pressure is still above the care plan&apos;s do-not-start limits (%1/%2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to companion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Larger text or other colours? Choose them here; Settings has them too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion keeps you company through the treatment your clinician prescribed. It helps with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a safety checklist before each session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check-ins with your sitter during a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a record of how you feel afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a private journal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an export that you choose to hand to your clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each session needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sitter: an adult who stays with you, sober, for the whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a blood-pressure monitor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pulse oximeter, if your care plan asks for one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your care plan from your clinician (you enter it at the end of this setup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What companion is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>companion is not a medical device and does not give advice about doses. It is not for emergencies: if you feel unsafe, call your local emergency number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your information stays here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer, in your vault: the encrypted place where companion keeps it all. Nothing is sent anywhere. The vault is locked with a passphrase you choose next. If the passphrase is forgotten, only the recovery key you will be shown can open it again — nobody else can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
