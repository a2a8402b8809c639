<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AddPatientDialog</name>
    <message>
        <source>Add a patient</source>
        <translation>Agregar un paciente</translation>
    </message>
    <message>
        <source>A patient&apos;s new key</source>
        <translation>Nueva clave de un paciente</translation>
    </message>
    <message>
        <source>Confirm %1&apos;s new key</source>
        <translation>Confirme la nueva clave de %1</translation>
    </message>
    <message>
        <source>The key in %1 has this fingerprint:</source>
        <translation>La clave de %1 tiene esta huella:</translation>
    </message>
    <message>
        <source>Fingerprint, as ssh-keygen -l prints it</source>
        <translation>Huella, tal como la muestra ssh-keygen -l</translation>
    </message>
    <message>
        <source>In groups, to read aloud: %1</source>
        <translation>En grupos, para leer en voz alta: %1</translation>
    </message>
    <message>
        <source>The fingerprint in groups of four</source>
        <translation>La huella en grupos de cuatro</translation>
    </message>
    <message>
        <source>Confirm this fingerprint with the patient (read aloud on a call, or from their Settings) before you add them.</source>
        <translation>Confirme esta huella con el paciente (en voz alta por teléfono, o en su Configuración) antes de agregarlo.</translation>
    </message>
    <message>
        <source>Confirm this fingerprint with %1 (read aloud on a call, or from their Settings) before you use it. Their exports signed by the old key will then show as signed by a different key.</source>
        <translation>Confirme esta huella con %1 (en voz alta por teléfono, o en su Configuración) antes de usarla. Después, sus exportaciones firmadas con la clave anterior aparecerán como firmadas con otra clave.</translation>
    </message>
    <message>
        <source>Name on your desk</source>
        <translation>Nombre en su escritorio</translation>
    </message>
    <message>
        <source>The fingerprints match: add the patient</source>
        <translation>Las huellas coinciden: agregar al paciente</translation>
    </message>
    <message>
        <source>The fingerprints match: use this key</source>
        <translation>Las huellas coinciden: usar esta clave</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>AfterPassphraseChangeDialog</name>
    <message>
        <source>Your vault was made by an earlier version of companion, so with the new passphrase it also has a new recovery key. The old recovery key now opens only the older backups.</source>
        <translation>Su bóveda fue creada por una versión anterior de companion, así que con la nueva frase de contraseña también tiene una nueva clave de recuperación. La clave de recuperación anterior ahora solo abre las copias de seguridad más antiguas.</translation>
    </message>
</context>
<context>
    <name>AppWindow</name>
    <message>
        <source>Demo — this vault holds made-up data, not anyone&apos;s real information.</source>
        <translation>Demostración — esta bóveda contiene datos inventados, no la información real de ninguna persona.</translation>
    </message>
    <message>
        <source>Demo notice</source>
        <translation>Aviso de demostración</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock the vault</source>
        <translation>Bloquear la bóveda</translation>
    </message>
    <message>
        <source>The demo vault&apos;s passphrase is: %1</source>
        <translation>La frase de contraseña de la bóveda de demostración es: %1</translation>
    </message>
    <message>
        <source>Your vault cannot be opened</source>
        <translation>No se puede abrir su bóveda</translation>
    </message>
    <message>
        <source>The vault&apos;s key file (vault.key) is missing from the data folder, so the vault cannot be unlocked. Nothing was changed or deleted. Every backup in the backups folder has a copy of the key file beside it: copy the newest one back into the data folder, name it vault.key, and start companion again.

Your data folder is: %1</source>
        <translation>Falta el archivo de claves de la bóveda (vault.key) en la carpeta de datos, así que no se puede desbloquear la bóveda. No se cambió ni se eliminó nada. Cada copia de seguridad de la carpeta de copias de seguridad tiene al lado una copia del archivo de claves: copie la más reciente de vuelta a la carpeta de datos, póngale el nombre vault.key y vuelva a iniciar companion.

Su carpeta de datos es: %1</translation>
    </message>
    <message>
        <source>Demo — made-up data</source>
        <translation>Demostración — datos inventados</translation>
    </message>
</context>
<context>
    <name>AppearanceChoice</name>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
</context>
<context>
    <name>BackupsPanel</name>
    <message>
        <source>Daily</source>
        <translation>Diaria</translation>
    </message>
    <message>
        <source>Before an update</source>
        <translation>Antes de una actualización</translation>
    </message>
    <message>
        <source>Made by you</source>
        <translation>Hecha por usted</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Copias de seguridad</translation>
    </message>
    <message>
        <source>companion keeps encrypted copies of your vault: one a day (the last 7 days and 4 weeks) and one before every update. They open with the same passphrase.</source>
        <translation>companion guarda copias cifradas de su bóveda: una al día (de los últimos 7 días y 4 semanas) y una antes de cada actualización. Se abren con la misma frase de contraseña.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia de seguridad seleccionada</translation>
    </message>
    <message>
        <source>Backup status</source>
        <translation>Estado de las copias de seguridad</translation>
    </message>
    <message>
        <source>Making a backup…</source>
        <translation>Haciendo una copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>Your current vault will be kept aside as a safety copy, so nothing is lost. Anything entered after %1 will not be in the restored vault.</source>
        <translation>Su bóveda actual se guardará aparte como copia de resguardo, así que no se pierde nada. Lo que se haya ingresado después del %1 no estará en la bóveda restaurada.</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation>Todavía no hay copias de seguridad.</translation>
    </message>
    <message>
        <source>A backup was made.</source>
        <translation>Se hizo una copia de seguridad.</translation>
    </message>
    <message>
        <source>The backup was restored. Your previous vault was kept aside.</source>
        <translation>Se restauró la copia de seguridad. Su bóveda anterior se guardó aparte.</translation>
    </message>
</context>
<context>
    <name>CarePlanDialog</name>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CarePlanEditor</name>
    <message>
        <source>Problems with this care plan</source>
        <translation>Problemas de este plan de cuidados</translation>
    </message>
    <message>
        <source>Save care plan</source>
        <translation>Guardar plan de cuidados</translation>
    </message>
    <message>
        <source>Save the care plan</source>
        <translation>Guardar el plan de cuidados</translation>
    </message>
    <message>
        <source>Export this plan as a file…</source>
        <translation>Exportar este plan como archivo…</translation>
    </message>
    <message>
        <source>Export the saved care plan as a file</source>
        <translation>Exportar el plan de cuidados guardado como archivo</translation>
    </message>
    <message>
        <source>Care plan status</source>
        <translation>Estado del plan de cuidados</translation>
    </message>
    <message>
        <source>To save, fix:</source>
        <translation>Para guardar, corrija:</translation>
    </message>
    <message>
        <source>No care plan is saved yet. Enter what your clinician prescribed, or import the file your clinician gave you.</source>
        <translation>Todavía no hay ningún plan de cuidados guardado. Ingrese lo que le recetó su profesional clínico o importe el archivo que le dio su profesional clínico.</translation>
    </message>
    <message>
        <source>Before your first session, add: %1.</source>
        <translation>Antes de su primera sesión, agregue: %1.</translation>
    </message>
    <message>
        <source>Care plan saved (%1). The next session uses it.</source>
        <translation>Plan de cuidados guardado (%1). La próxima sesión lo usará.</translation>
    </message>
    <message>
        <source>Entered in companion</source>
        <translation>Ingresado en companion</translation>
    </message>
    <message>
        <source>The saved care plan was written to %1.</source>
        <translation>El plan de cuidados guardado se escribió en %1.</translation>
    </message>
</context>
<context>
    <name>CarePlanFields</name>
    <message>
        <source>mg</source>
        <translation>mg</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>per minute</source>
        <translation>por minuto</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía</translation>
    </message>
    <message>
        <source>Planned session days</source>
        <translation>Días de sesión previstos</translation>
    </message>
    <message>
        <source>Minimum monitoring time</source>
        <translation>Tiempo mínimo de vigilancia</translation>
    </message>
    <message>
        <source>Sitter check-in interval</source>
        <translation>Intervalo de comprobación del acompañante</translation>
    </message>
    <message>
        <source>Check-in grace period</source>
        <translation>Margen de espera de la comprobación</translation>
    </message>
    <message>
        <source>Blood pressure re-check times</source>
        <translation>Momentos para volver a medir la presión arterial</translation>
    </message>
    <message>
        <source>Blood pressure re-check at the end</source>
        <translation>Volver a medir la presión arterial al final</translation>
    </message>
    <message>
        <source>Do-not-start systolic limit</source>
        <translation>Límite sistólico para no iniciar</translation>
    </message>
    <message>
        <source>Do-not-start diastolic limit</source>
        <translation>Límite diastólico para no iniciar</translation>
    </message>
    <message>
        <source>Do-not-start heart-rate limit</source>
        <translation>Límite de frecuencia cardiaca para no iniciar</translation>
    </message>
    <message>
        <source>Caution systolic limit</source>
        <translation>Límite sistólico de precaución</translation>
    </message>
    <message>
        <source>Caution diastolic limit</source>
        <translation>Límite diastólico de precaución</translation>
    </message>
    <message>
        <source>Urgent systolic level</source>
        <translation>Nivel sistólico urgente</translation>
    </message>
    <message>
        <source>Urgent diastolic level</source>
        <translation>Nivel diastólico urgente</translation>
    </message>
    <message>
        <source>Urgent systolic rise</source>
        <translation>Aumento sistólico urgente</translation>
    </message>
    <message>
        <source>Urgent diastolic rise</source>
        <translation>Aumento diastólico urgente</translation>
    </message>
    <message>
        <source>Fasting from food</source>
        <translation>Ayuno de alimentos</translation>
    </message>
    <message>
        <source>Fasting from liquids</source>
        <translation>Ayuno de líquidos</translation>
    </message>
    <message>
        <source>Substance-free time</source>
        <translation>Tiempo sin sustancias</translation>
    </message>
    <message>
        <source>Sitter confirms with a code</source>
        <translation>El acompañante confirma con un código</translation>
    </message>
    <message>
        <source>The kit has a pulse oximeter</source>
        <translation>El equipo incluye un oxímetro de pulso</translation>
    </message>
    <message>
        <source>Urgent oxygen saturation (SpO2) below</source>
        <translation>Saturación de oxígeno (SpO2) urgente por debajo de</translation>
    </message>
    <message>
        <source>Clinician&apos;s name</source>
        <translation>Nombre del profesional clínico</translation>
    </message>
    <message>
        <source>Clinician&apos;s phone</source>
        <translation>Teléfono del profesional clínico</translation>
    </message>
    <message>
        <source>Emergency number</source>
        <translation>Número de emergencias</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Your address (for the paramedics)</source>
        <translation>Su dirección (para los paramédicos)</translation>
    </message>
    <message>
        <source>Allergies (for the paramedics)</source>
        <translation>Alergias (para los paramédicos)</translation>
    </message>
    <message>
        <source>PHQ-9 every</source>
        <translation>PHQ-9 cada</translation>
    </message>
    <message>
        <source>GAD-7 every</source>
        <translation>GAD-7 cada</translation>
    </message>
    <message>
        <source>PCL-5 enabled</source>
        <translation>PCL-5 activado</translation>
    </message>
    <message>
        <source>PCL-5 every</source>
        <translation>PCL-5 cada</translation>
    </message>
</context>
<context>
    <name>CarePlanFiles</name>
    <message>
        <source>Import the clinician&apos;s care-plan file</source>
        <translation>Importar el archivo del plan de cuidados del profesional clínico</translation>
    </message>
    <message>
        <source>Care-plan files (*.json);;All files (*)</source>
        <translation>Archivos de plan de cuidados (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the care plan as a file</source>
        <translation>Exportar el plan de cuidados como archivo</translation>
    </message>
    <message>
        <source>Care-plan files (*.json)</source>
        <translation>Archivos de plan de cuidados (*.json)</translation>
    </message>
</context>
<context>
    <name>CarePlanForm</name>
    <message>
        <source>for example 40, 80</source>
        <translation>por ejemplo 40, 80</translation>
    </message>
    <message>
        <source>street, number, town: what an ambulance needs to find you</source>
        <translation>calle, número, ciudad: lo que necesita una ambulancia para llegar a usted</translation>
    </message>
    <message>
        <source>for example: penicillin; or none known</source>
        <translation>por ejemplo: penicilina; o ninguna conocida</translation>
    </message>
    <message>
        <source>Choose where you live, so that the emergency number and the crisis line are right.</source>
        <translation>Elija dónde vive, para que el número de emergencias y la línea de crisis sean los correctos.</translation>
    </message>
    <message>
        <source>Where these numbers come from…</source>
        <translation>De dónde vienen estos números…</translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation>De dónde vienen estos números</translation>
    </message>
    <message>
        <source>Each default below names its source.</source>
        <translation>Cada valor predeterminado de abajo indica su fuente.</translation>
    </message>
    <message>
        <source>Where do you live?</source>
        <translation>¿Dónde vive?</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>What your clinician prescribed. companion never suggests a dose.</source>
        <translation>Lo que le recetó su profesional clínico. companion nunca sugiere una dosis.</translation>
    </message>
    <message>
        <source>Session days</source>
        <translation>Días de sesión</translation>
    </message>
    <message>
        <source>The days of the week your sessions are planned.</source>
        <translation>Los días de la semana en que están previstas sus sesiones.</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Vigilancia</translation>
    </message>
    <message>
        <source>How long the sitter stays after the dose, how often they check in, and when blood pressure (and, with a pulse oximeter, oxygen) is measured again.</source>
        <translation>Cuánto tiempo se queda el acompañante después de la dosis, cada cuánto hace la comprobación y cuándo se vuelve a medir la presión arterial (y, con un oxímetro de pulso, el oxígeno).</translation>
    </message>
    <message>
        <source>Blood pressure and heart-rate limits</source>
        <translation>Límites de presión arterial y frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Above a do-not-start limit the session cannot begin. Above a caution limit it may begin only after you acknowledge it. An urgent level or rise during the session opens the urgent guidance.</source>
        <translation>Por encima de un límite para no iniciar, la sesión no puede comenzar. Por encima de un límite de precaución, puede comenzar solo después de que usted lo confirme. Un nivel o un aumento urgente durante la sesión abre las indicaciones urgentes.</translation>
    </message>
    <message>
        <source>Fasting and substances</source>
        <translation>Ayuno y sustancias</translation>
    </message>
    <message>
        <source>How long before the dose to stop eating and drinking, and how long to stay free of alcohol, cannabis and non-prescribed drugs.</source>
        <translation>Cuánto tiempo antes de la dosis hay que dejar de comer y beber, y cuánto tiempo hay que estar sin alcohol, cannabis ni drogas no recetadas.</translation>
    </message>
    <message>
        <source>Sitter</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>The sitter confirms each check-in; a code they choose makes sure it is them.</source>
        <translation>El acompañante confirma cada comprobación; un código que elige asegura que sea esa persona.</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Shown on the help screen during every session.</source>
        <translation>Se muestran en la pantalla de ayuda durante cada sesión.</translation>
    </message>
    <message>
        <source>For the paramedics</source>
        <translation>Para los paramédicos</translation>
    </message>
    <message>
        <source>If the sitter calls for help, they read these out. Needed before your first session.</source>
        <translation>Si el acompañante pide ayuda, lee estos datos en voz alta. Se necesitan antes de su primera sesión.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>How often each questionnaire is due.</source>
        <translation>Con qué frecuencia corresponde cada cuestionario.</translation>
    </message>
    <message>
        <source>Sublingual (under the tongue)</source>
        <translation>Sublingual (debajo de la lengua)</translation>
    </message>
    <message>
        <source>Oral (swallowed)</source>
        <translation>Oral (se traga)</translation>
    </message>
    <message>
        <source>Intranasal (nasal spray)</source>
        <translation>Intranasal (aerosol nasal)</translation>
    </message>
    <message>
        <source>Intramuscular (injection)</source>
        <translation>Intramuscular (inyección)</translation>
    </message>
    <message>
        <source>No default</source>
        <translation>Sin valor predeterminado</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>%1 in the United States and Canada; no default elsewhere</source>
        <translation>%1 en Estados Unidos y Canadá; sin valor predeterminado en otros países</translation>
    </message>
    <message>
        <source>allowed %1 to %2</source>
        <translation>permitido de %1 a %2</translation>
    </message>
    <message>
        <source>No default: your own information. Needed before your first session.</source>
        <translation>Sin valor predeterminado: es su propia información. Se necesita antes de su primera sesión.</translation>
    </message>
    <message>
        <source>If you have none, type “none known”.</source>
        <translation>Si no tiene ninguna, escriba “ninguna conocida”.</translation>
    </message>
    <message>
        <source>No default: from your clinician&apos;s prescription; %1.</source>
        <translation>Sin valor predeterminado: según la receta de su profesional clínico; %1.</translation>
    </message>
    <message>
        <source>No default: from your clinician. Required. Digits, spaces, +, - and brackets.</source>
        <translation>Sin valor predeterminado: lo indica su profesional clínico. Obligatorio. Dígitos, espacios, +, - y paréntesis.</translation>
    </message>
    <message>
        <source>No default: from your clinician. Optional.</source>
        <translation>Sin valor predeterminado: lo indica su profesional clínico. Opcional.</translation>
    </message>
    <message>
        <source>No default: from your clinician&apos;s prescription.</source>
        <translation>Sin valor predeterminado: según la receta de su profesional clínico.</translation>
    </message>
    <message>
        <source>No default: from your clinician&apos;s prescription. Required.</source>
        <translation>Sin valor predeterminado: según la receta de su profesional clínico. Obligatorio.</translation>
    </message>
    <message>
        <source>Default %1 (%2); %3.</source>
        <translation>Predeterminado: %1 (%2); %3.</translation>
    </message>
    <message>
        <source>Default: on (%1).</source>
        <translation>Predeterminado: activado (%1).</translation>
    </message>
    <message>
        <source>Default: off (%1).</source>
        <translation>Predeterminado: desactivado (%1).</translation>
    </message>
    <message>
        <source>Minutes after the dose, separated by commas. Default %1 (%2).</source>
        <translation>Minutos después de la dosis, separados por comas. Predeterminado: %1 (%2).</translation>
    </message>
    <message>
        <source>911 in the United States and Canada (%1). Elsewhere, the number you call for an ambulance.</source>
        <translation>911 en Estados Unidos y Canadá (%1). En otros países, el número al que se llama para pedir una ambulancia.</translation>
    </message>
    <message>
        <source>988 in the United States and Canada (%1). Elsewhere, a crisis line your clinician names.</source>
        <translation>988 en Estados Unidos y Canadá (%1). En otros países, una línea de crisis que indique su profesional clínico.</translation>
    </message>
    <message>
        <source>Default %1 (%2).</source>
        <translation>Predeterminado: %1 (%2).</translation>
    </message>
    <message>
        <source>With these numbers this limit never acts: a systolic above %1 already stops the start.</source>
        <translation>Con estos números, este límite nunca se aplica: una presión sistólica por encima de %1 ya impide el inicio.</translation>
    </message>
    <message>
        <source>With these numbers this limit never acts: a diastolic above %1 already stops the start.</source>
        <translation>Con estos números, este límite nunca se aplica: una presión diastólica por encima de %1 ya impide el inicio.</translation>
    </message>
    <message>
        <source>Both defaults are 90, as their sources say; your clinician decides whether a lower caution limit is needed.</source>
        <translation>Ambos valores predeterminados son 90, como dicen sus fuentes; su profesional clínico decide si se necesita un límite de precaución más bajo.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ningún día indicado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(sin completar)</translation>
    </message>
</context>
<context>
    <name>CarePlanHistoryBox</name>
    <message>
        <source>Saved versions, newest first</source>
        <translation>Versiones guardadas, de la más reciente a la más antigua</translation>
    </message>
    <message>
        <source>Care plan versions</source>
        <translation>Versiones del plan de cuidados</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Cómo</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>Emitido por</translation>
    </message>
    <message>
        <source>Who vouches for the plan in force</source>
        <translation>Quién respalda el plan vigente</translation>
    </message>
    <message>
        <source>The fingerprint of the key that signed it</source>
        <translation>La huella de la clave que lo firmó</translation>
    </message>
    <message>
        <source>Every saved version is kept, so each session shows the plan that applied to it.</source>
        <translation>Se conserva cada versión guardada, así que cada sesión muestra el plan que se le aplicó.</translation>
    </message>
    <message>
        <source>Signed with the key %1</source>
        <translation>Firmado con la clave %1</translation>
    </message>
    <message>
        <source>Entered</source>
        <translation>Ingresado</translation>
    </message>
    <message>
        <source>Imported from a signed file</source>
        <translation>Importado de un archivo firmado</translation>
    </message>
    <message>
        <source>Imported from an unsigned file</source>
        <translation>Importado de un archivo sin firmar</translation>
    </message>
    <message>
        <source>The plan in force was signed by %1 with the key:</source>
        <translation>El plan vigente lo firmó %1 con la clave:</translation>
    </message>
    <message>
        <source>The plan in force came from an unsigned file that names %1; nobody vouches for it.</source>
        <translation>El plan vigente proviene de un archivo sin firmar que indica como emisor a %1; nadie lo respalda.</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nadie</translation>
    </message>
    <message>
        <source>You entered the plan in force yourself.</source>
        <translation>Usted ingresó el plan vigente por su cuenta.</translation>
    </message>
</context>
<context>
    <name>CarePlanImportPanel</name>
    <message>
        <source>Import clinician&apos;s file…</source>
        <translation>Importar archivo del profesional clínico…</translation>
    </message>
    <message>
        <source>Import the clinician&apos;s care-plan file</source>
        <translation>Importar el archivo del plan de cuidados del profesional clínico</translation>
    </message>
    <message>
        <source>Import status</source>
        <translation>Estado de la importación</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Problemas en el archivo</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>Cerrar este mensaje</translation>
    </message>
    <message>
        <source>Close the list of problems in the file</source>
        <translation>Cerrar la lista de problemas del archivo</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <source>That file could not be read. Check that it is still there, then try again. Your care plan is unchanged.</source>
        <translation>No se pudo leer ese archivo. Compruebe que todavía esté ahí y vuelva a intentarlo. Su plan de cuidados no cambió.</translation>
    </message>
    <message>
        <source>That is a folder, not a file. Choose the care-plan file itself (its name ends in .json). Your care plan is unchanged.</source>
        <translation>Eso es una carpeta, no un archivo. Elija el archivo del plan de cuidados en sí (su nombre termina en .json). Su plan de cuidados no cambió.</translation>
    </message>
    <message>
        <source>That is not an ordinary file (it may be a device or a pipe), so it was not read. Choose the care-plan file your clinician gave you. Your care plan is unchanged.</source>
        <translation>Eso no es un archivo común (puede ser un dispositivo o una canalización), así que no se leyó. Elija el archivo del plan de cuidados que le dio su profesional clínico. Su plan de cuidados no cambió.</translation>
    </message>
    <message>
        <source>This file cannot be used, so your care plan is unchanged. Please ask your clinician for a corrected file. What is wrong (%1):</source>
        <translation>Este archivo no se puede usar, así que su plan de cuidados no cambió. Pida a su profesional clínico un archivo corregido. Qué está mal (%1):</translation>
    </message>
    <message>
        <source>Nothing was imported: your care plan is unchanged.</source>
        <translation>No se importó nada: su plan de cuidados no cambió.</translation>
    </message>
    <message>
        <source>Saving the care plan…</source>
        <translation>Guardando el plan de cuidados…</translation>
    </message>
    <message>
        <source>The care plan from %1 was saved (%2). The next session uses it.</source>
        <translation>Se guardó el plan de cuidados de %1 (%2). La próxima sesión lo usará.</translation>
    </message>
    <message>
        <source>Its key is remembered: later plans signed with it are recognised.</source>
        <translation>Se recuerda su clave: los planes posteriores firmados con ella se reconocerán.</translation>
    </message>
</context>
<context>
    <name>CarePlanNotes</name>
    <message>
        <source>With these limits the caution systolic limit never acts: a systolic above %1 already stops the start.</source>
        <translation>Con estos límites, el límite sistólico de precaución nunca se aplica: una presión sistólica por encima de %1 ya impide el inicio.</translation>
    </message>
    <message>
        <source>With these limits the caution diastolic limit never acts: a diastolic above %1 already stops the start.</source>
        <translation>Con estos límites, el límite diastólico de precaución nunca se aplica: una presión diastólica por encima de %1 ya impide el inicio.</translation>
    </message>
</context>
<context>
    <name>CarePlanProblems</name>
    <message numerus="yes">
        <source>This care plan cannot be used (%n problem); nothing was changed.</source>
        <translation>
            <numerusform>Este plan de cuidados no se puede usar (%n problema); no se cambió nada.</numerusform>
            <numerusform>Este plan de cuidados no se puede usar (%n problemas); no se cambió nada.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This care plan cannot be used (%n problems); nothing was changed.</source>
        <translation>
            <numerusform>Este plan de cuidados no se puede usar (%n problema); no se cambió nada.</numerusform>
            <numerusform>Este plan de cuidados no se puede usar (%n problemas); no se cambió nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is needed before a session; add it to the care plan.</source>
        <translation>Se necesita %1 antes de una sesión; agregue este dato al plan de cuidados.</translation>
    </message>
    <message>
        <source>The care plan must be a set of named fields (a JSON object).</source>
        <translation>El plan de cuidados debe ser un conjunto de campos con nombre (un objeto JSON).</translation>
    </message>
    <message>
        <source>The field %1 is not a care-plan field.</source>
        <translation>El campo %1 no es un campo del plan de cuidados.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n more fields that are not care-plan fields.</source>
        <translation>
            <numerusform>Hay %n campo más que no es un campo del plan de cuidados.</numerusform>
            <numerusform>Hay %n campos más que no son campos del plan de cuidados.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is missing; it is required.</source>
        <translation>Falta %1; es un dato obligatorio.</translation>
    </message>
    <message>
        <source>empty (null)</source>
        <translation>vacío (null)</translation>
    </message>
    <message>
        <source>far out of range</source>
        <translation>muy fuera de rango</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>un número no finito</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>no es un número</translation>
    </message>
    <message>
        <source>from %1 to %2 %3</source>
        <translation>de %1 a %2 %3</translation>
    </message>
    <message>
        <source>from %1 to %2</source>
        <translation>de %1 a %2</translation>
    </message>
    <message>
        <source>%1 must be a whole number %2; it is %3.</source>
        <extracomment>%1 is a field, %2 its range (&quot;from 60 to 480 minutes&quot;), %3 the value given</extracomment>
        <translation>%1 debe ser un número entero %2; valor dado: %3.</translation>
    </message>
    <message>
        <source>%1 must be a number %2; it is %3.</source>
        <extracomment>%1 is a field, %2 its range (&quot;from 0 to 12 hours&quot;), %3 the value given</extracomment>
        <translation>%1 debe ser un número %2; valor dado: %3.</translation>
    </message>
    <message>
        <source>%1 must be true or false; it is %2.</source>
        <translation>%1 debe ser true o false (verdadero o falso); valor dado: %2.</translation>
    </message>
    <message>
        <source>%1 must be one of: %2.</source>
        <translation>%1 debe ser uno de estos valores: %2.</translation>
    </message>
    <message>
        <source>%1 must be a phone number of %2 to %3 digits (spaces, +, -, dots and brackets allowed).</source>
        <translation>%1 debe ser un número de teléfono de %2 a %3 dígitos (se permiten espacios, +, -, puntos y paréntesis).</translation>
    </message>
    <message>
        <source>%1 is needed as one line of at most %2 characters.</source>
        <translation>%1 es obligatorio y debe ser una sola línea de %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>%1 may be given as one line of at most %2 characters.</source>
        <translation>%1 puede indicarse en una sola línea de %2 caracteres como máximo.</translation>
    </message>
    <message>
        <source>%1 is empty; it is required.</source>
        <translation>%1 está en blanco; es un dato obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be a list of weekday numbers (0 = Monday … 6 = Sunday), each at most once, in order.</source>
        <translation>%1 debe ser una lista de números de días de la semana (0 = lunes … 6 = domingo), sin repetir ninguno, en orden.</translation>
    </message>
    <message>
        <source>%1 must be a list of at most %2 whole numbers of minutes %3, each at most once, in order.</source>
        <translation>%1 debe ser una lista de hasta %2 números enteros de minutos %3, sin repetir ninguno, en orden.</translation>
    </message>
    <message>
        <source>The caution systolic limit (%1) must not be above the do-not-start systolic limit (%2).</source>
        <translation>El límite sistólico de precaución (%1) no debe ser mayor que el límite sistólico para no iniciar (%2).</translation>
    </message>
    <message>
        <source>The caution diastolic limit (%1) must not be above the do-not-start diastolic limit (%2).</source>
        <translation>El límite diastólico de precaución (%1) no debe ser mayor que el límite diastólico para no iniciar (%2).</translation>
    </message>
    <message>
        <source>The urgent systolic level (%1) must be above the do-not-start systolic limit (%2).</source>
        <translation>El nivel sistólico urgente (%1) debe ser mayor que el límite sistólico para no iniciar (%2).</translation>
    </message>
    <message>
        <source>The urgent diastolic level (%1) must be above the do-not-start diastolic limit (%2).</source>
        <translation>El nivel diastólico urgente (%1) debe ser mayor que el límite diastólico para no iniciar (%2).</translation>
    </message>
    <message>
        <source>The check-in grace period (%1) must be shorter than the check-in interval (%2).</source>
        <translation>El margen de espera de la comprobación (%1) debe ser más corto que el intervalo de comprobación del acompañante (%2).</translation>
    </message>
    <message>
        <source>Every blood pressure re-check time (%1) must fall within the minimum monitoring time (%2).</source>
        <translation>Cada momento para volver a medir la presión arterial (%1) debe estar dentro del tiempo mínimo de vigilancia (%2).</translation>
    </message>
    <message>
        <source>The file is larger than %1 KiB; a care-plan file is only a few KiB. Check that this is the right file.</source>
        <translation>El archivo pesa más de %1 KiB; un archivo de plan de cuidados pesa solo unos pocos KiB. Compruebe que sea el archivo correcto.</translation>
    </message>
    <message numerus="yes">
        <source>This care-plan file cannot be used (%n problem); your care plan is unchanged.</source>
        <translation>
            <numerusform>Este archivo de plan de cuidados no se puede usar (%n problema); su plan de cuidados no cambió.</numerusform>
            <numerusform>Este archivo de plan de cuidados no se puede usar (%n problemas); su plan de cuidados no cambió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This care-plan file cannot be used (%n problems); your care plan is unchanged.</source>
        <translation>
            <numerusform>Este archivo de plan de cuidados no se puede usar (%n problema); su plan de cuidados no cambió.</numerusform>
            <numerusform>Este archivo de plan de cuidados no se puede usar (%n problemas); su plan de cuidados no cambió.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is not UTF-8 text. Check that this is the right file.</source>
        <translation>El archivo no es texto UTF-8. Compruebe que sea el archivo correcto.</translation>
    </message>
    <message>
        <source>The file nests lists or objects more than %1 levels deep; a care-plan file nests %2.</source>
        <translation>El archivo anida listas u objetos a más de %1 niveles de profundidad; un archivo de plan de cuidados anida %2.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line %1, column %2: %3).</source>
        <extracomment>%3 is the JSON reader&apos;s own reason, in English (&quot;Expecting value&quot;)</extracomment>
        <translation>El archivo no es JSON válido (línea %1, columna %2: %3).</translation>
    </message>
    <message>
        <source>The file is not valid JSON.</source>
        <translation>El archivo no es JSON válido.</translation>
    </message>
    <message>
        <source>The field %1 appears more than once; it may appear only once.</source>
        <translation>El campo %1 aparece más de una vez; solo puede aparecer una vez.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; is missing; a care-plan file has &quot;format&quot;: &quot;%1&quot;.</source>
        <translation>Falta el campo &quot;format&quot;; un archivo de plan de cuidados tiene &quot;format&quot;: &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>The field &quot;format&quot; must be &quot;%1&quot;; this is not a care-plan file.</source>
        <translation>El campo &quot;format&quot; debe ser &quot;%1&quot;; este no es un archivo de plan de cuidados.</translation>
    </message>
    <message>
        <source>The field &quot;version&quot; is missing; this app reads version %1.</source>
        <translation>Falta el campo &quot;version&quot;; esta aplicación lee la versión %1.</translation>
    </message>
    <message>
        <source>The field &quot;version&quot; says %1, which this app does not know; it reads version %2. Ask for a version %2 file.</source>
        <translation>El campo &quot;version&quot; dice %1, que esta aplicación no conoce; lee la versión %2. Pida un archivo de la versión %2.</translation>
    </message>
    <message>
        <source>The field &quot;version&quot; must be the whole number %1.</source>
        <translation>El campo &quot;version&quot; debe ser el número entero %1.</translation>
    </message>
    <message>
        <source>The field &quot;issued_by&quot; (who wrote this care plan) is missing; it is required.</source>
        <translation>Falta el campo &quot;issued_by&quot; (quién escribió este plan de cuidados); es obligatorio.</translation>
    </message>
    <message>
        <source>The field &quot;issued_by&quot; (who wrote this care plan) must be one line of 1 to %1 characters.</source>
        <translation>El campo &quot;issued_by&quot; (quién escribió este plan de cuidados) debe ser una sola línea de 1 a %1 caracteres.</translation>
    </message>
    <message>
        <source>The field &quot;issued_by&quot; (who wrote this care plan) has a space at its start or end; write the name without it.</source>
        <translation>El campo &quot;issued_by&quot; (quién escribió este plan de cuidados) tiene un espacio al principio o al final; escriba el nombre sin ese espacio.</translation>
    </message>
    <message>
        <source>The field &quot;issued_at&quot; (when this care plan was written) is missing; it is required.</source>
        <translation>Falta el campo &quot;issued_at&quot; (cuándo se escribió este plan de cuidados); es obligatorio.</translation>
    </message>
    <message>
        <source>The field &quot;issued_at&quot; (when this care plan was written) must be a date and time with a time zone, such as 2026-01-05T09:00:00+00:00.</source>
        <translation>El campo &quot;issued_at&quot; (cuándo se escribió este plan de cuidados) debe ser una fecha y hora con zona horaria, como 2026-01-05T09:00:00+00:00.</translation>
    </message>
    <message>
        <source>The field &quot;issued_at&quot; (when this care plan was written) must be a date between the years %1 and %2; it says the year %3.</source>
        <translation>El campo &quot;issued_at&quot; (cuándo se escribió este plan de cuidados) debe ser una fecha entre los años %1 y %2; indica el año %3.</translation>
    </message>
    <message>
        <source>%1 has a space at its start or end; write it without that space.</source>
        <translation>%1 tiene un espacio al principio o al final; escriba el valor sin ese espacio.</translation>
    </message>
    <message numerus="yes">
        <source>There are %n more problems.</source>
        <translation>
            <numerusform>Hay %n problema más.</numerusform>
            <numerusform>Hay %n problemas más.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file must hold one JSON object with the fields &quot;format&quot;, &quot;version&quot; and &quot;care_plan&quot;.</source>
        <translation>El archivo debe contener un solo objeto JSON con los campos &quot;format&quot;, &quot;version&quot; y &quot;care_plan&quot;.</translation>
    </message>
    <message>
        <source>The field %1 is not part of a care-plan file.</source>
        <translation>El campo %1 no forma parte de un archivo de plan de cuidados.</translation>
    </message>
    <message>
        <source>The field &quot;care_plan&quot; is missing; it is required.</source>
        <translation>Falta el campo &quot;care_plan&quot;; es obligatorio.</translation>
    </message>
    <message>
        <source>The field &quot;care_plan&quot; must be a JSON object of care-plan fields.</source>
        <translation>El campo &quot;care_plan&quot; debe ser un objeto JSON con campos del plan de cuidados.</translation>
    </message>
    <message>
        <source>The file is signed with a kind of key this app does not accept (it accepts Ed25519 keys only).</source>
        <translation>El archivo está firmado con un tipo de clave que esta aplicación no acepta (solo acepta claves Ed25519).</translation>
    </message>
    <message>
        <source>The clinician&apos;s signature does not match this care plan: the file was changed after it was signed, or damaged on the way. Ask your clinician to send it again.</source>
        <translation>La firma del profesional clínico no coincide con este plan de cuidados: el archivo se modificó después de firmarse o se dañó en el camino. Pida a su profesional clínico que se lo vuelva a enviar.</translation>
    </message>
    <message>
        <source>The signature in this file was made for something else, not for a care plan, so it does not vouch for this plan.</source>
        <translation>La firma de este archivo se hizo para otra cosa, no para un plan de cuidados, así que no respalda este plan.</translation>
    </message>
    <message>
        <source>The signed file would be larger than %1 KiB.</source>
        <translation>El archivo firmado pesaría más de %1 KiB.</translation>
    </message>
    <message>
        <source>The field &quot;care_plan_file&quot; must be the text of a care-plan file.</source>
        <translation>El campo &quot;care_plan_file&quot; debe ser el texto de un archivo de plan de cuidados.</translation>
    </message>
    <message>
        <source>The field &quot;signature&quot; must be an OpenSSH signature, which is plain text.</source>
        <translation>El campo &quot;signature&quot; debe ser una firma de OpenSSH, que es texto sin formato.</translation>
    </message>
    <message>
        <source>The signature in this file cannot be read (%1). Ask your clinician to send the file again.</source>
        <extracomment>%1 is the technical reason, in English (&quot;the signature file is not plain text&quot;)</extracomment>
        <translation>No se puede leer la firma de este archivo (%1). Pida a su profesional clínico que le vuelva a enviar el archivo.</translation>
    </message>
    <message>
        <source>The field %1 is not part of a signed care-plan file.</source>
        <translation>El campo %1 no forma parte de un archivo de plan de cuidados firmado.</translation>
    </message>
    <message>
        <source>The field &quot;%1&quot; is missing; a signed care-plan file has %2.</source>
        <extracomment>%1 is a field&apos;s name, %2 the list of fields: &quot;format&quot;, &quot;version&quot;, &quot;care_plan_file&quot; and &quot;signature&quot;</extracomment>
        <translation>Falta el campo &quot;%1&quot;; un archivo de plan de cuidados firmado tiene los campos %2.</translation>
    </message>
    <message>
        <source>The field &quot;version&quot; says %1, which this app does not know; it reads signed care-plan files of version %2. Ask for a version %2 file.</source>
        <translation>El campo &quot;version&quot; dice %1, que esta aplicación no conoce; lee archivos de plan de cuidados firmados de la versión %2. Pida un archivo de la versión %2.</translation>
    </message>
</context>
<context>
    <name>CarePlanReviewDialog</name>
    <message>
        <source>A care plan from a file</source>
        <translation>Un plan de cuidados de un archivo</translation>
    </message>
    <message>
        <source>A care plan from %1</source>
        <translation>Un plan de cuidados de %1</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation>Emitido el %1</translation>
    </message>
    <message>
        <source>What changes</source>
        <translation>Qué cambia</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel and keep the plan in force as it is</source>
        <translation>Cancelar y mantener el plan vigente tal como está</translation>
    </message>
    <message>
        <source>Accept this plan</source>
        <translation>Aceptar este plan</translation>
    </message>
    <message>
        <source>The fingerprint matches —
remember this key and accept</source>
        <translation>La huella coincide —
recordar esta clave y aceptar</translation>
    </message>
    <message>
        <source>Accept this unsigned plan</source>
        <translation>Aceptar este plan sin firmar</translation>
    </message>
    <message>
        <source>Accept without remembering the key</source>
        <translation>Aceptar sin recordar la clave</translation>
    </message>
    <message>
        <source>Signed by the key you confirmed with %1 on %2.</source>
        <translation>Firmado con la clave que usted confirmó con %1 el %2.</translation>
    </message>
    <message>
        <source>Check this key with your clinician, once</source>
        <translation>Verifique esta clave con su profesional clínico, una sola vez</translation>
    </message>
    <message>
        <source>This is the first signed care plan you import. It was signed by the key with this fingerprint:</source>
        <translation>Este es el primer plan de cuidados firmado que usted importa. Se firmó con la clave que tiene esta huella:</translation>
    </message>
    <message>
        <source>Before you accept, call your clinician and ask them to read you their key&apos;s fingerprint; it must match exactly.</source>
        <translation>Antes de aceptar, llame a su profesional clínico y pídale que le lea la huella de su clave; debe coincidir exactamente.</translation>
    </message>
    <message>
        <source>Call a number you already know, not one from this file. If the fingerprint matches, companion remembers the key and recognises later plans signed with it. If it does not match, press Cancel and tell your clinician.</source>
        <translation>Llame a un número que ya conozca, no a uno de este archivo. Si la huella coincide, companion recuerda la clave y reconoce los planes posteriores firmados con ella. Si no coincide, presione Cancelar y avísele a su profesional clínico.</translation>
    </message>
    <message>
        <source>Warning: this file was signed by a different key</source>
        <translation>Advertencia: este archivo se firmó con una clave diferente</translation>
    </message>
    <message>
        <source>You confirmed %1. This file was signed by a different key, so it may not come from your clinician, or it may have been changed on the way.</source>
        <translation>Usted confirmó %1. Este archivo se firmó con una clave diferente, así que puede que no venga de su profesional clínico o que se haya modificado en el camino.</translation>
    </message>
    <message>
        <source>Call your clinician on a number you already know, not one from this file, and ask them to read you their key&apos;s fingerprint. Remember this key only if they tell you they have a new key and it matches this one exactly:</source>
        <translation>Llame a su profesional clínico a un número que ya conozca, no a uno de este archivo, y pídale que le lea la huella de su clave. Recuerde esta clave solo si le dice que tiene una clave nueva y que coincide exactamente con esta:</translation>
    </message>
    <message>
        <source>This plan is not signed</source>
        <translation>Este plan no está firmado</translation>
    </message>
    <message>
        <source>Nobody vouches for this file: anyone could have written or changed it. Accept it only if you are sure it came from your clinician, for example because they gave it to you themselves.</source>
        <translation>Nadie respalda este archivo: cualquier persona podría haberlo escrito o modificado. Acéptelo solo si tiene la certeza de que vino de su profesional clínico, por ejemplo, porque se lo dio en persona.</translation>
    </message>
    <message>
        <source>Your clinician&apos;s earlier plans were signed; ask them why this one is not.</source>
        <translation>Los planes anteriores de su profesional clínico estaban firmados; pregúntele por qué este no lo está.</translation>
    </message>
    <message>
        <source>the key of %1 (on %2)</source>
        <translation>la clave de %1 (el %2)</translation>
    </message>
    <message>
        <source>Key fingerprint: %1</source>
        <translation>Huella de la clave: %1</translation>
    </message>
    <message>
        <source>The fingerprint of the key that signed this file</source>
        <translation>La huella de la clave que firmó este archivo</translation>
    </message>
    <message>
        <source>You have no care plan yet. This file sets every value:</source>
        <translation>Todavía no tiene un plan de cuidados. Este archivo establece todos los valores:</translation>
    </message>
    <message>
        <source>Same as the plan in force: this file changes no value.</source>
        <translation>Igual que el plan vigente: este archivo no cambia ningún valor.</translation>
    </message>
    <message>
        <source>1 change</source>
        <translation>1 cambio</translation>
    </message>
    <message>
        <source>%1 changes</source>
        <translation>%1 cambios</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>In force now</source>
        <translation>Vigente ahora</translation>
    </message>
    <message>
        <source>In this file</source>
        <translation>En este archivo</translation>
    </message>
</context>
<context>
    <name>CarePlanSetupPage</name>
    <message>
        <source>Your care plan</source>
        <translation>Su plan de cuidados</translation>
    </message>
    <message>
        <source>Enter what your clinician prescribed, or import the care-plan file your clinician gave you. The safety checklist and each session use these numbers; the defaults shown are common ones, and your clinician&apos;s plan comes first. Not ready? The button to do this later is at the end of the page.</source>
        <translation>Ingrese lo que le recetó su profesional clínico o importe el archivo del plan de cuidados que le dio. La lista de verificación de seguridad y cada sesión usan estos números; los valores predeterminados que se muestran son los habituales, y el plan de su profesional clínico tiene prioridad. ¿Prefiere hacerlo más tarde? El botón para eso está al final de la página.</translation>
    </message>
    <message>
        <source>Save and continue</source>
        <translation>Guardar y continuar</translation>
    </message>
    <message>
        <source>Save the care plan and continue</source>
        <translation>Guardar el plan de cuidados y continuar</translation>
    </message>
    <message>
        <source>Not ready yet? You can enter it later under Settings → Care plan. A session cannot start until a care plan is saved.</source>
        <translation>¿Todavía no tiene todo listo? Puede ingresarlo más tarde en Configuración → Plan de cuidados. No se puede iniciar una sesión hasta que se guarde un plan de cuidados.</translation>
    </message>
    <message>
        <source>I&apos;ll do this later</source>
        <translation>Lo haré más tarde</translation>
    </message>
</context>
<context>
    <name>CarePlanSources</name>
    <message>
        <source>Your clinician&apos;s prescription</source>
        <translation>La receta de su profesional clínico</translation>
    </message>
    <message>
        <source>What your clinician prescribed. companion has no default dose and never suggests one.</source>
        <translation>Lo que le recetó su profesional clínico. companion no tiene una dosis predeterminada y nunca sugiere una.</translation>
    </message>
    <message>
        <source>Choose Ketamine remote-treatment agreement</source>
        <translation>Acuerdo de tratamiento a distancia de Choose Ketamine</translation>
    </message>
    <message>
        <source>Choose Ketamine, remote ketamine treatment agreement: do not start with a blood pressure above 160/90 or a heart rate above 100 per minute.</source>
        <translation>Choose Ketamine, acuerdo de tratamiento a distancia con ketamina: no empezar con una presión arterial por encima de 160/90 ni con una frecuencia cardiaca por encima de 100 por minuto.</translation>
    </message>
    <message>
        <source>Spravato prescribing information, 5.6</source>
        <translation>Información de prescripción de Spravato, 5.6</translation>
    </message>
    <message>
        <source>Spravato (esketamine) US prescribing information, section 5.6 (increases in blood pressure): extra care before a dose when blood pressure is above 140/90.</source>
        <translation>Información de prescripción de Spravato (esketamina) en EE. UU., sección 5.6 (aumentos de la presión arterial): precaución adicional antes de una dosis cuando la presión arterial está por encima de 140/90.</translation>
    </message>
    <message>
        <source>Spravato prescribing information</source>
        <translation>Información de prescripción de Spravato</translation>
    </message>
    <message>
        <source>Spravato US prescribing information: 8–19 % of patients had a rise of 40 mmHg systolic or 25 mmHg diastolic or more; readings of 180/110 or more need immediate attention.</source>
        <translation>Información de prescripción de Spravato en EE. UU.: un 8–19 % de los pacientes tuvo un aumento de 40 mmHg o más en la sistólica o de 25 mmHg o más en la diastólica; las lecturas de 180/110 o más requieren atención inmediata.</translation>
    </message>
    <message>
        <source>Spravato REMS</source>
        <translation>Spravato REMS</translation>
    </message>
    <message>
        <source>Spravato REMS (Risk Evaluation and Mitigation Strategy): monitoring for at least 2 hours after each dose, with blood pressure measured before the dose, at about 40 minutes (when it peaks) and at the end, recorded on the patient monitoring form.</source>
        <translation>Spravato REMS (Estrategia de Evaluación y Mitigación de Riesgos): vigilancia durante al menos 2 horas después de cada dosis, con la presión arterial medida antes de la dosis, a los 40 minutos aproximadamente (cuando alcanza su punto máximo) y al final, anotada en el formulario de vigilancia del paciente.</translation>
    </message>
    <message>
        <source>Mindbloom and Journey Clinical session guides</source>
        <translation>Guías de sesión de Mindbloom y Journey Clinical</translation>
    </message>
    <message>
        <source>Mindbloom&apos;s peer treatment monitor guide and Journey Clinical&apos;s sitter guidance: the support person checks on the patient about every 15 minutes.</source>
        <translation>La guía de Mindbloom para quien vigila el tratamiento (peer treatment monitor) y las indicaciones de Journey Clinical para el acompañante: la persona de apoyo comprueba cómo está el paciente aproximadamente cada 15 minutos.</translation>
    </message>
    <message>
        <source>Spravato patient guide; Nue Life</source>
        <translation>Guía para pacientes de Spravato; Nue Life</translation>
    </message>
    <message>
        <source>Spravato patient guide and Nue Life&apos;s session preparation: no food for 2 hours and no liquids for 30 minutes before the dose (some plans ask 4 hours).</source>
        <translation>Guía para pacientes de Spravato y preparación para la sesión de Nue Life: no comer durante 2 horas ni tomar líquidos durante 30 minutos antes de la dosis (algunos planes piden 4 horas).</translation>
    </message>
    <message>
        <source>Oxford Health NHS</source>
        <translation>Oxford Health NHS</translation>
    </message>
    <message>
        <source>Oxford Health NHS Foundation Trust ketamine patient information: no alcohol, cannabis or non-prescribed drugs in the 24 hours before a session.</source>
        <translation>Información para pacientes sobre la ketamina de Oxford Health NHS Foundation Trust: nada de alcohol, cannabis ni drogas no recetadas en las 24 horas anteriores a una sesión.</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline</source>
        <translation>Línea 988 de Prevención del Suicidio y Crisis</translation>
    </message>
    <message>
        <source>988 Suicide &amp; Crisis Lifeline (call, text or chat, in the US and Canada); 911 is the emergency number there. Both are care-plan fields, so other countries can enter their own.</source>
        <translation>Línea 988 de Prevención del Suicidio y Crisis (988 Suicide &amp; Crisis Lifeline; llamada, mensaje de texto o chat, en EE. UU. y Canadá); allí, el número de emergencias es el 911. Ambos son campos del plan de cuidados, así que en otros países se pueden ingresar los propios.</translation>
    </message>
    <message>
        <source>Spravato HCP dosing page; Johnson &amp; Johnson medical information</source>
        <translation>Página de dosificación de Spravato HCP; información médica de Johnson &amp; Johnson</translation>
    </message>
    <message>
        <source>Spravato HCP dosing page (monitor respiratory status, including pulse oximetry, at each session); Johnson &amp; Johnson medical information (phase 3 studies excluded an SpO2 below 93 % and tracked SpO2 below 93 % on 2 consecutive readings).</source>
        <translation>Página de dosificación de Spravato HCP (vigilar el estado respiratorio, incluida la oximetría de pulso, en cada sesión); información médica de Johnson &amp; Johnson (los estudios de fase 3 excluyeron una SpO2 por debajo del 93 % y registraron una SpO2 por debajo del 93 % en 2 lecturas consecutivas).</translation>
    </message>
    <message>
        <source>companion&apos;s own safeguard (no published number)</source>
        <translation>Medida de seguridad propia de companion (sin número publicado)</translation>
    </message>
    <message>
        <source>Not a clinical number: a safeguard of this app that your clinician may switch off.</source>
        <translation>No es un número clínico: es una medida de seguridad de esta aplicación que su profesional clínico puede desactivar.</translation>
    </message>
    <message>
        <source>companion&apos;s default (no published standard)</source>
        <translation>Valor predeterminado de companion (sin estándar publicado)</translation>
    </message>
    <message>
        <source>No published standard sets how often these questionnaires are repeated during ketamine treatment; weekly PHQ-9 and GAD-7 and a monthly PCL-5 are this app&apos;s defaults, for your clinician to set.</source>
        <translation>Ningún estándar publicado establece con qué frecuencia se repiten estos cuestionarios durante el tratamiento con ketamina; el PHQ-9 y el GAD-7 semanales y el PCL-5 mensual son los valores predeterminados de esta aplicación, para que su profesional clínico los ajuste.</translation>
    </message>
    <message>
        <source>No default: your own information</source>
        <translation>Sin valor predeterminado: su propia información</translation>
    </message>
    <message>
        <source>Your own information, with no default and no source; it is needed before a session because the sitter reads it to the paramedics.</source>
        <translation>Es su propia información, sin valor predeterminado ni fuente; se necesita antes de una sesión porque el acompañante se la lee a los paramédicos.</translation>
    </message>
</context>
<context>
    <name>CarePlanSourcesDialog</name>
    <message>
        <source>Where these numbers come from</source>
        <translation>De dónde vienen estos números</translation>
    </message>
    <message>
        <source>Every number companion acts on is part of the care plan, and your clinician&apos;s plan comes first. Where companion fills in a number before your clinician does, this page says where it comes from. None of them is advice about doses. Fields your clinician prescribes, and facts about you, have no default.</source>
        <translation>Cada número que companion aplica forma parte del plan de cuidados, y el plan de su profesional clínico va primero. Cuando companion pone un número antes de que lo haga su profesional clínico, esta página dice de dónde viene. Ninguno de ellos es un consejo sobre dosis. Los campos que receta su profesional clínico, y los datos sobre usted, no tienen valor predeterminado.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Parámetro</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>The sources</source>
        <translation>Las fuentes</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>CarePlanValues</name>
    <message>
        <source>Monday</source>
        <translation>lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>domingo</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublingual</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>intranasal</source>
        <translation>intranasal</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>intramuscular</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>none set</source>
        <translation>ningún día indicado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>(not filled in)</source>
        <translation>(sin completar)</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>CarePlanWriter</name>
    <message>
        <source>Save the signed care plan</source>
        <translation>Guardar el plan de cuidados firmado</translation>
    </message>
    <message>
        <source>Care-plan files (*.json)</source>
        <translation>Archivos de plan de cuidados (*.json)</translation>
    </message>
    <message>
        <source>Care plan for %1</source>
        <translation>Plan de cuidados para %1</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>este paciente</translation>
    </message>
    <message>
        <source>The patient&apos;s latest export holds no care plan, so the form starts from the documented defaults.</source>
        <translation>La última exportación del paciente no contiene un plan de cuidados, así que el formulario parte de los valores predeterminados documentados.</translation>
    </message>
    <message>
        <source>Filled in from the plan in the patient&apos;s latest export. If the patient changed their plan since, their app compares the file with that plan instead.</source>
        <translation>Completado con el plan de la última exportación del paciente. Si el paciente cambió su plan desde entonces, su aplicación compara el archivo con ese plan.</translation>
    </message>
    <message>
        <source>The fields are worded as the patient reads them: “you” is the patient. You sign as %1.</source>
        <translation>Los campos están redactados como los lee el paciente: “usted” es el paciente. Usted firma como %1.</translation>
    </message>
    <message>
        <source>Why nothing was saved</source>
        <translation>Por qué no se guardó nada</translation>
    </message>
    <message>
        <source>Sign and save…</source>
        <translation>Firmar y guardar…</translation>
    </message>
    <message>
        <source>Sign and save the care plan</source>
        <translation>Firmar y guardar el plan de cuidados</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel writing this care plan</source>
        <translation>Cancelar la redacción de este plan de cuidados</translation>
    </message>
    <message>
        <source>Signed and saved. Send this file to the patient:</source>
        <translation>Firmado y guardado. Envíe este archivo al paciente:</translation>
    </message>
    <message>
        <source>Where the signed care plan was saved</source>
        <translation>Dónde se guardó el plan de cuidados firmado</translation>
    </message>
    <message>
        <source>When the patient imports it, their app shows your key&apos;s fingerprint in these groups. Read it to them, so they know the plan is yours:</source>
        <translation>Cuando el paciente lo importe, su aplicación mostrará la huella de su clave en estos grupos. Léasela, para que sepa que el plan es de usted:</translation>
    </message>
    <message>
        <source>Your key&apos;s fingerprint</source>
        <translation>Huella de su clave</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the care-plan writer</source>
        <translation>Cerrar el editor del plan de cuidados</translation>
    </message>
    <message>
        <source>Nothing was signed. Fix what is shown in red beside the fields (%1), then sign again.</source>
        <translation>No se firmó nada. Corrija lo que aparece en rojo junto a los campos (%1) y vuelva a firmar.</translation>
    </message>
    <message>
        <source>companion may not write in %1, so nothing was saved. Choose another folder and sign again.</source>
        <translation>companion no tiene permiso para escribir en %1, así que no se guardó nada. Elija otra carpeta y vuelva a firmar.</translation>
    </message>
    <message>
        <source>The disk of %1 is full, so nothing was saved. Free some space or choose another folder, and sign again.</source>
        <translation>El disco de %1 está lleno, así que no se guardó nada. Libere espacio o elija otra carpeta, y vuelva a firmar.</translation>
    </message>
    <message>
        <source>The disk of %1 is read-only, so nothing was saved. Choose another folder and sign again.</source>
        <translation>El disco de %1 es de solo lectura, así que no se guardó nada. Elija otra carpeta y vuelva a firmar.</translation>
    </message>
    <message>
        <source>The file could not be written in %1, so nothing was saved. Choose another folder and sign again.</source>
        <translation>No se pudo escribir el archivo en %1, así que no se guardó nada. Elija otra carpeta y vuelva a firmar.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Cambiar su frase de contraseña</translation>
    </message>
    <message>
        <source>Your vault is encrypted again with a new key, so the old passphrase no longer opens it. Your recovery key keeps working.</source>
        <translation>Su bóveda se cifra de nuevo con una clave nueva, así que la frase de contraseña anterior ya no la abre. Su clave de recuperación sigue funcionando.</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Frase de contraseña actual</translation>
    </message>
    <message>
        <source>Changing the passphrase</source>
        <translation>Cambiando la frase de contraseña</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Checkins</name>
    <message>
        <source>Before the session: %1</source>
        <translation>Antes de la sesión: %1</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderado</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>mood</source>
        <translation>estado de ánimo</translation>
    </message>
    <message>
        <source>anxiety</source>
        <translation>ansiedad</translation>
    </message>
    <message>
        <source>reactions to a very stressful experience</source>
        <translation>reacciones a una experiencia muy estresante</translation>
    </message>
    <message>
        <source>Mood %1</source>
        <translation>Estado de ánimo %1</translation>
    </message>
    <message>
        <source>Anxiety %1</source>
        <translation>Ansiedad %1</translation>
    </message>
    <message>
        <source>(before: %1)</source>
        <translation>(antes: %1)</translation>
    </message>
    <message>
        <source>Energy %1</source>
        <translation>Energía %1</translation>
    </message>
    <message>
        <source>Peak intensity %1</source>
        <translation>Intensidad máxima %1</translation>
    </message>
    <message>
        <source>1 side effect</source>
        <translation>1 efecto secundario</translation>
    </message>
    <message numerus="yes">
        <source>%n side effects</source>
        <translation>
            <numerusform>%n efecto secundario</numerusform>
            <numerusform>%n efectos secundarios</numerusform>
        </translation>
    </message>
    <message>
        <source>Not done yet: due now, to set your starting point.</source>
        <translation>Todavía no lo ha hecho: está pendiente ahora, para fijar su punto de partida.</translation>
    </message>
    <message>
        <source>Last: %1 (%2) on %3</source>
        <translation>Último: %1 (%2) el %3</translation>
    </message>
    <message>
        <source>Due now.</source>
        <translation>Pendiente ahora.</translation>
    </message>
    <message>
        <source>Next due %1.</source>
        <translation>Próxima vez: %1.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Write more in your journal</source>
        <translation>Escribir más en su diario</translation>
    </message>
    <message>
        <source>Due now</source>
        <translation>Pendiente ahora</translation>
    </message>
    <message>
        <source>Nothing is due right now.</source>
        <translation>No hay nada pendiente ahora.</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Your latest session</source>
        <translation>Su última sesión</translation>
    </message>
    <message>
        <source>How you felt after the session on %1</source>
        <translation>Cómo se sintió después de la sesión del %1</translation>
    </message>
    <message>
        <source>Log how you feel</source>
        <translation>Anotar cómo se siente</translation>
    </message>
    <message>
        <source>Next-day check-in for the session on %1</source>
        <translation>Seguimiento del día siguiente de la sesión del %1</translation>
    </message>
    <message>
        <source>Start the check-in</source>
        <translation>Empezar el seguimiento</translation>
    </message>
    <message>
        <source>Start the %1</source>
        <translation>Empezar el %1</translation>
    </message>
    <message>
        <source>Post-session log saved %1</source>
        <translation>Registro posterior a la sesión guardado el %1</translation>
    </message>
    <message>
        <source>Change the log</source>
        <translation>Cambiar el registro</translation>
    </message>
    <message>
        <source>Your post-session log is saved.</source>
        <translation>Su registro posterior a la sesión está guardado.</translation>
    </message>
    <message>
        <source>It was changed more than a day after it was first saved, so your clinician will see both versions.</source>
        <translation>Se cambió más de un día después de guardarlo por primera vez, así que su profesional clínico verá ambas versiones.</translation>
    </message>
    <message>
        <source>The next-day check-in was skipped; it will not be asked again.</source>
        <translation>Se omitió el seguimiento del día siguiente; no se volverá a pedir.</translation>
    </message>
    <message>
        <source>Your next-day check-in is saved.</source>
        <translation>Su seguimiento del día siguiente está guardado.</translation>
    </message>
    <message>
        <source>What stood out is in your journal too.</source>
        <translation>Lo que más le llamó la atención también está en su diario.</translation>
    </message>
    <message>
        <source>Your %1 is saved.</source>
        <translation>Su %1 está guardado.</translation>
    </message>
    <message>
        <source>The questionnaire was stopped. Your answer to question 9 was kept, so your clinician will see it; the rest was not saved.</source>
        <translation>Se detuvo el cuestionario. Su respuesta a la pregunta 9 se guardó, así que su profesional clínico la verá; el resto no se guardó.</translation>
    </message>
    <message>
        <source>The questionnaire was stopped; nothing was saved.</source>
        <translation>Se detuvo el cuestionario; no se guardó nada.</translation>
    </message>
    <message>
        <source>Call or text %1, the crisis line, any time of the day or night.</source>
        <translation>Llame o envíe un mensaje de texto al %1, la línea de crisis, a cualquier hora del día o de la noche.</translation>
    </message>
    <message>
        <source>You can also chat with them at 988lifeline.org.</source>
        <translation>Para hablar en español, llame al 988 y marque 2, o envíe la palabra AYUDA por mensaje de texto al 988. También puede chatear en 988lifeline.org.</translation>
    </message>
    <message>
        <source>If you might act on these thoughts, or you are in danger now, call %1.</source>
        <translation>Si cree que podría actuar según estos pensamientos, o si está en peligro ahora, llame al %1.</translation>
    </message>
    <message>
        <source>Your clinician, %1: %2. Please let them know about this answer.</source>
        <translation>Su profesional clínico, %1: %2. Por favor, infórmele sobre esta respuesta.</translation>
    </message>
    <message>
        <source>Your clinician, %1. Please let them know about this answer.</source>
        <translation>Su profesional clínico, %1. Por favor, infórmele sobre esta respuesta.</translation>
    </message>
    <message>
        <source>Please let your clinician know about this answer.</source>
        <translation>Por favor, informe a su profesional clínico sobre esta respuesta.</translation>
    </message>
    <message>
        <source>Crisis line %1 (call or text)</source>
        <translation>Línea de crisis %1 (llamada o mensaje de texto)</translation>
    </message>
    <message>
        <source>emergency %1</source>
        <translation>emergencias %1</translation>
    </message>
    <message>
        <source>Help is available now</source>
        <translation>Hay ayuda disponible ahora</translation>
    </message>
    <message>
        <source>You answered that you have had thoughts that you would be better off dead, or of hurting yourself. You do not have to carry this alone: please reach out to someone now.</source>
        <translation>Usted respondió que ha tenido pensamientos de que estaría mejor muerto(a) o de lastimarse. No tiene que cargar con esto a solas: por favor, comuníquese con alguien ahora.</translation>
    </message>
    <message>
        <source>This answer has been kept, even if you stop the questionnaire here, and your clinician will see it marked as needing attention.</source>
        <translation>Esta respuesta ya quedó guardada, aunque detenga el cuestionario aquí, y su profesional clínico la verá señalada como algo que requiere atención.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Ya lo leí</translation>
    </message>
    <message>
        <source>I have read this: close the crisis information</source>
        <translation>Ya lo leí: cerrar la información de crisis</translation>
    </message>
    <message>
        <source>To go back to the questionnaire, press Tab, then Space, or click the button.</source>
        <translation>Para volver al cuestionario, presione Tab y luego la barra espaciadora, o haga clic en el botón.</translation>
    </message>
    <message>
        <source>The day after your session</source>
        <translation>El día después de su sesión</translation>
    </message>
    <message>
        <source>How well did you sleep?</source>
        <translation>¿Qué tan bien durmió?</translation>
    </message>
    <message>
        <source>very badly</source>
        <translation>muy mal</translation>
    </message>
    <message>
        <source>very well</source>
        <translation>muy bien</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy bueno</translation>
    </message>
    <message>
        <source>Anything still lingering (optional)</source>
        <translation>Algo que todavía persiste (opcional)</translation>
    </message>
    <message>
        <source>For example a headache, tiredness, or feeling far away (optional)</source>
        <translation>Por ejemplo, dolor de cabeza, cansancio o la sensación de estar lejos (opcional)</translation>
    </message>
    <message>
        <source>What stood out from the session (optional)</source>
        <translation>Lo que más le llamó la atención de la sesión (opcional)</translation>
    </message>
    <message>
        <source>A thought, an image, a feeling you want to keep (optional)</source>
        <translation>Un pensamiento, una imagen, un sentimiento que quiera conservar (opcional)</translation>
    </message>
    <message>
        <source>Choose a number for sleep and mood to save.</source>
        <translation>Para guardar, elija un número para el sueño y otro para el estado de ánimo.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Skip this check-in</source>
        <translation>Omitir este seguimiento</translation>
    </message>
    <message>
        <source>Recorded as skipped; it is not asked again.</source>
        <translation>Se registra como omitido; no se vuelve a pedir.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Anything still lingering?</source>
        <translation>¿Algo que todavía persiste?</translation>
    </message>
    <message>
        <source>What stood out?</source>
        <translation>¿Qué le llamó más la atención?</translation>
    </message>
    <message>
        <source>About the session that ended on %1. Sleep and mood are all that is needed.</source>
        <translation>Sobre la sesión que terminó el %1. Solo se necesitan el sueño y el estado de ánimo.</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <source>Blurred or double vision</source>
        <translation>Visión borrosa o doble</translation>
    </message>
    <message>
        <source>Racing heart</source>
        <translation>Corazón acelerado</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>Anxiety or panic</source>
        <translation>Ansiedad o pánico</translation>
    </message>
    <message>
        <source>Bladder pain or urgency</source>
        <translation>Dolor de vejiga o urgencia para orinar</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>¿Cómo se siente ahora?</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>en calma</translation>
    </message>
    <message>
        <source>very anxious</source>
        <translation>mucha ansiedad</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>full of energy</source>
        <translation>con mucha energía</translation>
    </message>
    <message>
        <source>How intense was the experience at its strongest?</source>
        <translation>¿Qué tan intensa fue la experiencia en su punto más fuerte?</translation>
    </message>
    <message>
        <source>not at all</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>extremely</source>
        <translation>extremadamente</translation>
    </message>
    <message>
        <source>What was it? (optional)</source>
        <translation>¿Qué fue? (opcional)</translation>
    </message>
    <message>
        <source>Something else: what was it</source>
        <translation>Otra cosa: qué fue</translation>
    </message>
    <message>
        <source>Anything else you want to remember (optional)</source>
        <translation>Algo más que quiera recordar (opcional)</translation>
    </message>
    <message>
        <source>Choose a number for each of the four ratings to save.</source>
        <translation>Para guardar, elija un número para cada una de las cuatro calificaciones.</translation>
    </message>
    <message>
        <source>Side effects since the dose</source>
        <translation>Efectos secundarios desde la dosis</translation>
    </message>
    <message>
        <source>Everything starts at “None”: change only what you noticed.</source>
        <translation>Todo empieza en “Ninguno”: cambie solo lo que haya notado.</translation>
    </message>
    <message>
        <source>A note (optional)</source>
        <translation>Una nota (opcional)</translation>
    </message>
    <message>
        <source>After the session that ended on %1. Only the four ratings are needed.</source>
        <translation>Después de la sesión que terminó el %1. Solo se necesitan las cuatro calificaciones.</translation>
    </message>
    <message>
        <source>Your log after the session</source>
        <translation>Su registro después de la sesión</translation>
    </message>
    <message>
        <source>Save changes</source>
        <translation>Guardar cambios</translation>
    </message>
    <message>
        <source>It is more than a day since you first saved this log. If you change it, the earlier version is kept and your clinician will see that it was changed later.</source>
        <translation>Ha pasado más de un día desde que guardó este registro por primera vez. Si lo cambia, se conserva la versión anterior y su profesional clínico verá que se cambió después.</translation>
    </message>
    <message>
        <source>You can correct this log until %1. Earlier versions are always kept.</source>
        <translation>Puede corregir este registro hasta el %1. Las versiones anteriores siempre se conservan.</translation>
    </message>
    <message>
        <source>Question %1 of %2</source>
        <translation>Pregunta %1 de %2</translation>
    </message>
    <message>
        <source>One last question</source>
        <translation>Una última pregunta</translation>
    </message>
    <message>
        <source>Finish and save</source>
        <translation>Terminar y guardar</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Press a number to choose, Return to go on, Backspace to go back.</source>
        <translation>Presione un número para elegir, Enter para continuar o Retroceso para volver.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Stop the questionnaire</source>
        <translation>Detener el cuestionario</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Guardado</translation>
    </message>
    <message>
        <source>This score is for you and your clinician to look at together; it is not a diagnosis.</source>
        <translation>Esta puntuación es para que usted y su profesional clínico la revisen juntos; no es un diagnóstico.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>%1 saved</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Total %1 of %2: %3</source>
        <translation>Total %1 de %2: %3</translation>
    </message>
    <message>
        <source>Completed %1</source>
        <translation>Completado el %1</translation>
    </message>
    <message>
        <source>Your answer about thoughts of being better off dead or of hurting yourself is marked for your clinician&apos;s attention. If you need help now: %1.</source>
        <translation>Su respuesta sobre pensamientos de que estaría mejor muerto(a) o de lastimarse quedó marcada para la atención de su profesional clínico. Si necesita ayuda ahora: %1.</translation>
    </message>
</context>
<context>
    <name>CheckinsController</name>
    <message>
        <source>What stood out, the day after</source>
        <translation>Lo que más destacó, al día siguiente</translation>
    </message>
</context>
<context>
    <name>CheckinsOverviewView</name>
    <message numerus="yes">
        <source>(changed %n times)</source>
        <translation>
            <numerusform>(cambiado %n vez)</numerusform>
            <numerusform>(cambiado %n veces)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistTexts</name>
    <message>
        <source>Please do not start today. Contact your clinician to talk about what to do next.</source>
        <translation>Por favor, no empiece hoy. Comuníquese con su profesional clínico para hablar de los próximos pasos.</translation>
    </message>
    <message>
        <source>Is your sitter with you now, and able to stay for the whole session?</source>
        <translation>¿Está su acompañante con usted ahora y puede quedarse durante toda la sesión?</translation>
    </message>
    <message>
        <source>Your care plan asks for a sitter beside you from the dose until the end of the session.</source>
        <translation>Su plan de cuidados pide que un acompañante esté a su lado desde la dosis hasta el final de la sesión.</translation>
    </message>
    <message>
        <source>Have you eaten anything in the last %1?</source>
        <translation>¿Comió algo hace menos de %1?</translation>
    </message>
    <message>
        <source>Your care plan asks for no food for %1 before the session. This helps prevent sickness.</source>
        <translation>Su plan de cuidados pide no comer nada durante %1 antes de la sesión. Esto ayuda a prevenir las náuseas.</translation>
    </message>
    <message>
        <source>Have you had anything to drink in the last %1?</source>
        <translation>¿Bebió algo hace menos de %1?</translation>
    </message>
    <message>
        <source>Your care plan asks for nothing to drink for %1 before the session.</source>
        <translation>Su plan de cuidados pide no beber nada durante %1 antes de la sesión.</translation>
    </message>
    <message>
        <source>In the last %1, have you had any alcohol, cannabis, or drugs that were not prescribed to you?</source>
        <translation>Hace menos de %1, ¿consumió alcohol, cannabis, drogas o medicamentos que no le hayan recetado a usted?</translation>
    </message>
    <message>
        <source>Your care plan asks for none of these in the %1 before the session.</source>
        <translation>Su plan de cuidados pide no consumir nada de esto durante %1 antes de la sesión.</translation>
    </message>
    <message>
        <source>Have you taken any of these today: benzodiazepines, other sleeping pills, stimulants, MAOIs or opioids?</source>
        <translation>¿Ha tomado hoy alguno de estos: benzodiacepinas, otras pastillas para dormir, estimulantes, IMAO u opioides?</translation>
    </message>
    <message>
        <source>Some medicines make you sleepier or change your blood pressure during the session. Choose each kind you took today, so your clinician sees it; you can also write the names. If you are unsure, contact your clinician before you start.</source>
        <translation>Algunos medicamentos le dan más sueño o cambian su presión arterial durante la sesión. Elija cada tipo que tomó hoy, para que su profesional clínico lo vea; también puede escribir los nombres. Si tiene dudas, comuníquese con su profesional clínico antes de empezar.</translation>
    </message>
    <message>
        <source>Since your last session, have you started a new medicine or been unwell?</source>
        <translation>Desde su última sesión, ¿ha empezado a tomar un medicamento nuevo o ha tenido algún problema de salud?</translation>
    </message>
    <message>
        <source>Your clinician will want to know. If you are unsure, contact your clinician before you start.</source>
        <translation>Su profesional clínico querrá saberlo. Si tiene dudas, comuníquese con su profesional clínico antes de empezar.</translation>
    </message>
    <message>
        <source>Are you pregnant, could you be pregnant, or are you breastfeeding?</source>
        <translation>¿Está embarazada, podría estarlo o está amamantando?</translation>
    </message>
    <message>
        <source>Your care plan does not cover a session while pregnant or breastfeeding.</source>
        <translation>Su plan de cuidados no contempla una sesión durante el embarazo o la lactancia.</translation>
    </message>
    <message>
        <source>Will you stay away from driving, machinery and important decisions until tomorrow, after sleep?</source>
        <translation>¿Evitará manejar, usar maquinaria y tomar decisiones importantes hasta mañana, después de dormir?</translation>
    </message>
    <message>
        <source>The effects can last for hours. Plan not to drive or take on commitments until you have slept.</source>
        <translation>Los efectos pueden durar horas. Planee no manejar ni asumir compromisos hasta que haya dormido.</translation>
    </message>
    <message>
        <source>Will you be looking after anyone today or tonight, such as children or a relative you care for?</source>
        <translation>¿Estará a cargo de alguien hoy o esta noche, como niños o un familiar que usted cuida?</translation>
    </message>
    <message>
        <source>Until you have slept, someone else needs to be responsible for anyone who depends on you.</source>
        <translation>Hasta que haya dormido, otra persona debe hacerse cargo de quien dependa de usted.</translation>
    </message>
    <message>
        <source>No bath, hot tub or pool for you until tomorrow.</source>
        <translation>Nada de baño en tina, jacuzzi ni piscina para usted hasta mañana.</translation>
    </message>
    <message>
        <source>Water is not safe while the effects last.</source>
        <translation>El agua no es segura mientras duren los efectos.</translation>
    </message>
    <message>
        <source>Sharp or hazardous objects are put away.</source>
        <translation>Los objetos afilados o peligrosos están guardados.</translation>
    </message>
    <message>
        <source>Clear the space around you before the session.</source>
        <translation>Despeje el espacio a su alrededor antes de la sesión.</translation>
    </message>
    <message>
        <source>Your phone is charged and within reach of your sitter.</source>
        <translation>Su teléfono está cargado y al alcance de su acompañante.</translation>
    </message>
    <message>
        <source>So that you or your sitter can call for help at once.</source>
        <translation>Para que usted o su acompañante puedan pedir ayuda de inmediato.</translation>
    </message>
    <message>
        <source>Water and a bowl are close to you.</source>
        <translation>Tiene agua y un recipiente cerca.</translation>
    </message>
    <message>
        <source>You may feel sick during the session.</source>
        <translation>Puede tener náuseas durante la sesión.</translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minuto</numerusform>
            <numerusform>%n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>your clinician</source>
        <translation>su profesional clínico</translation>
    </message>
    <message>
        <source>%1 Call %2 on %3.</source>
        <extracomment>%1 asks to contact the clinician; %2 is the clinician&apos;s name (or &quot;your clinician&quot;), %3 the phone</extracomment>
        <translation>%1 Llame a %2 al %3.</translation>
    </message>
</context>
<context>
    <name>CloseDuringSessionDialog</name>
    <message>
        <source>A session is in progress</source>
        <translation>Hay una sesión en curso</translation>
    </message>
    <message>
        <source>Closing companion does not end the session, but the chime, the check-ins and the Help button stop until it is opened again, and check-ins that fall due meanwhile are recorded as missed.</source>
        <translation>Cerrar companion no termina la sesión, pero el aviso sonoro, las comprobaciones y el botón Ayuda se detienen hasta que se vuelva a abrir, y las comprobaciones que corresponda hacer mientras tanto se registran como no respondidas.</translation>
    </message>
    <message>
        <source>Keep companion open</source>
        <translation>Mantener companion abierto</translation>
    </message>
    <message>
        <source>Close anyway</source>
        <translation>Cerrar de todos modos</translation>
    </message>
</context>
<context>
    <name>ConfirmKeyPage</name>
    <message>
        <source>Check your copy</source>
        <translation>Revise su copia</translation>
    </message>
    <message>
        <source>Recovery key group</source>
        <translation>Grupo de la clave de recuperación</translation>
    </message>
    <message>
        <source>Look at the key again</source>
        <translation>Volver a ver la clave</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>To make sure your copy is right, type group %1 of %2 from your recovery key. The groups are the blocks of four characters, counted from the left.</source>
        <translation>Para asegurarse de que su copia es correcta, escriba el grupo %1 de %2 de su clave de recuperación. Los grupos son los bloques de cuatro caracteres, contados desde la izquierda.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Something went wrong inside companion.</source>
        <translation>Algo falló dentro de companion.</translation>
    </message>
    <message>
        <source>This is a fault in companion, not something you did. Everything already saved in your vault is safe. The details below show only where in the program the fault happened, not anything you wrote. Nothing has been sent anywhere; if you want to report it, copy the details into your report.</source>
        <translation>Es una falla de companion, no algo que usted hizo. Todo lo que ya estaba guardado en su bóveda está seguro. Los detalles de abajo solo muestran en qué parte del programa ocurrió la falla, no lo que usted escribió. No se envió nada a ningún lugar; si quiere informar el problema, copie los detalles en su informe.</translation>
    </message>
    <message>
        <source>Error details</source>
        <translation>Detalles del error</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>Copiar los detalles</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Quit companion</source>
        <translation>Salir de companion</translation>
    </message>
</context>
<context>
    <name>DamagedVaultScreen</name>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Your vault could not be opened</source>
        <translation>No se pudo abrir su bóveda</translation>
    </message>
    <message>
        <source>companion could not open your vault. Nothing has been deleted; here is what happened and how to go on.</source>
        <translation>companion no pudo abrir su bóveda. No se eliminó nada; aquí se explica lo que pasó y cómo continuar.</translation>
    </message>
    <message>
        <source>There is no backup that passed its checks. Here is what you can do:</source>
        <translation>No hay ninguna copia de seguridad que haya pasado sus comprobaciones. Esto es lo que puede hacer:</translation>
    </message>
    <message>
        <source>Keep your data folder as it is, including any file that was moved aside: it may still be possible to repair it.</source>
        <translation>Deje su carpeta de datos tal como está, incluido cualquier archivo que se haya movido aparte: es posible que todavía se pueda reparar.</translation>
    </message>
    <message>
        <source>Contact support and tell them the vault could not be read. Never share your passphrase or recovery key with anyone.</source>
        <translation>Comuníquese con el servicio de asistencia y dígales que no se pudo leer la bóveda. Nunca comparta su frase de contraseña ni su clave de recuperación con nadie.</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>Checking and restoring the backup…</source>
        <translation>Comprobando y restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Restaurar la copia de seguridad</translation>
    </message>
    <message>
        <source>Close companion</source>
        <translation>Cerrar companion</translation>
    </message>
    <message>
        <source>A backup from %1 passed its checks. Restoring it brings back everything up to that time; anything entered after it is not in the backup.</source>
        <translation>Una copia de seguridad del %1 pasó sus comprobaciones. Al restaurarla se recupera todo hasta ese momento; lo que se haya ingresado después no está en la copia de seguridad.</translation>
    </message>
    <message>
        <source>Restore the backup from %1</source>
        <translation>Restaurar la copia de seguridad del %1</translation>
    </message>
    <message>
        <source>Your data folder is: %1</source>
        <translation>Su carpeta de datos es: %1</translation>
    </message>
    <message>
        <source>Restore the backup from %1?</source>
        <translation>¿Restaurar la copia de seguridad del %1?</translation>
    </message>
    <message>
        <source>Anything entered after that time is not in the backup. The damaged file, if any, is kept where it was moved.</source>
        <translation>Lo que se haya ingresado después de ese momento no está en la copia de seguridad. El archivo dañado, si lo hay, se conserva donde se movió.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>No export yet</source>
        <translation>Aún no hay exportación</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>Verificada</translation>
    </message>
    <message>
        <source>ALTERED</source>
        <translation>ALTERADA</translation>
    </message>
    <message>
        <source>Unknown key</source>
        <translation>Clave desconocida</translation>
    </message>
    <message>
        <source>KEY CHANGED</source>
        <translation>CLAVE CAMBIADA</translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation>No se pudo leer</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>del %1 al %2</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no se preguntó</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Marked discussed with the clinician on %1</source>
        <translation>Marcada como comentada con el profesional clínico el %1</translation>
    </message>
    <message>
        <source>No needs-attention flags in this period.</source>
        <translation>No hay alertas que requieran atención en este período.</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>Abiertas: %1</translation>
    </message>
    <message>
        <source>None open.</source>
        <translation>Ninguna abierta.</translation>
    </message>
    <message>
        <source>Already discussed: %1</source>
        <translation>Ya comentadas: %1</translation>
    </message>
    <message>
        <source>Signed by the key %1, the one you confirmed with the patient.</source>
        <translation>Firmadas con la clave %1, la que usted confirmó con el paciente.</translation>
    </message>
    <message>
        <source>zip</source>
        <translation>zip</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>carpeta</translation>
    </message>
    <message>
        <source>Made %1, covering %2.</source>
        <translation>Creada el %1; abarca %2.</translation>
    </message>
    <message>
        <source>entered by the patient</source>
        <translation>ingresado por el paciente</translation>
    </message>
    <message>
        <source>Care plan in force: %1, since %2.</source>
        <translation>Plan de cuidados vigente: %1, desde el %2.</translation>
    </message>
    <message>
        <source>What the export holds</source>
        <translation>Contenido de la exportación</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Questionnaire scores</source>
        <translation>Puntuaciones de los cuestionarios</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Registro de sesiones</translation>
    </message>
    <message>
        <source>The exports shown</source>
        <translation>Las exportaciones mostradas</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Puntuaciones</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>BP</source>
        <translation>PA</translation>
    </message>
    <message>
        <source>Blood pressure per session</source>
        <translation>Presión arterial por sesión</translation>
    </message>
    <message>
        <source>Exports</source>
        <translation>Exportaciones</translation>
    </message>
    <message>
        <source>Needs attention (%1)</source>
        <translation>Requiere atención (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n open flags, most severe first</source>
        <translation>
            <numerusform>Alertas abiertas: %n, de la más grave a la menos grave</numerusform>
            <numerusform>Alertas abiertas: %n, de la más grave a la menos grave</numerusform>
        </translation>
    </message>
    <message>
        <source>No %1 answers in this export.</source>
        <translation>No hay respuestas de %1 en esta exportación.</translation>
    </message>
    <message>
        <source>Choose the export&apos;s folder</source>
        <translation>Elija la carpeta de la exportación</translation>
    </message>
    <message>
        <source>Choose the zipped export</source>
        <translation>Elija la exportación en zip</translation>
    </message>
    <message>
        <source>Zipped exports (*.zip)</source>
        <translation>Exportaciones en zip (*.zip)</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s patient.pub</source>
        <translation>Elija el archivo patient.pub del paciente</translation>
    </message>
    <message>
        <source>Patient keys (*.pub);;All files (*)</source>
        <translation>Claves de pacientes (*.pub);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Latest export</source>
        <translation>Última exportación</translation>
    </message>
    <message>
        <source>Its status</source>
        <translation>Su estado</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>Alertas abiertas</translation>
    </message>
    <message>
        <source>When the newest export you opened for them was made.</source>
        <translation>Cuándo se creó la exportación más reciente que usted abrió de este paciente.</translation>
    </message>
    <message>
        <source>The newest export, checked again against the key you confirmed with the patient.</source>
        <translation>La exportación más reciente, verificada de nuevo con la clave que usted confirmó con el paciente.</translation>
    </message>
    <message>
        <source>Needs-attention flags in the newest export that the patient has not marked discussed.</source>
        <translation>Alertas que requieren atención en la exportación más reciente y que el paciente no ha marcado como comentadas.</translation>
    </message>
    <message>
        <source>Key %1, confirmed on %2</source>
        <translation>Clave %1, confirmada el %2</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ninguna aún</translation>
    </message>
    <message>
        <source>checking…</source>
        <translation>verificando…</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <source>heart rate %1</source>
        <translation>frecuencia cardiaca %1</translation>
    </message>
    <message>
        <source>SpO2 %1 %</source>
        <translation>SpO2 %1 %</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, a las %2</translation>
    </message>
    <message>
        <source>Blood pressure at the first re-check</source>
        <translation>Presión arterial en la primera nueva lectura</translation>
    </message>
    <message>
        <source>Blood pressure at %1 minutes</source>
        <translation>Presión arterial a los %1 minutos</translation>
    </message>
    <message>
        <source>Time of dose</source>
        <translation>Hora de la dosis</translation>
    </message>
    <message>
        <source>Medication, dose, route</source>
        <translation>Medicamento, dosis, vía</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Sitter</source>
        <translation>Acompañante</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Minutes monitored, of the plan&apos;s minimum</source>
        <translation>Minutos de monitoreo, del mínimo del plan</translation>
    </message>
    <message>
        <source>Ready to be left at (recovery check passed)</source>
        <translation>Hora en que ya podía quedarse sin acompañante (verificación de recuperación superada)</translation>
    </message>
    <message>
        <source>Vital signs acceptable before the dose</source>
        <translation>Signos vitales aceptables antes de la dosis</translation>
    </message>
    <message>
        <source>Vital signs acceptable at the end</source>
        <translation>Signos vitales aceptables al final</translation>
    </message>
    <message>
        <source>Blood pressure before the dose</source>
        <translation>Presión arterial antes de la dosis</translation>
    </message>
    <message>
        <source>Blood pressure at the end</source>
        <translation>Presión arterial al final</translation>
    </message>
    <message>
        <source>Oxygen level (SpO2), lowest</source>
        <translation>Nivel de oxígeno (SpO2), el más bajo</translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake at a check-in (sedation)</source>
        <translation>Mucho sueño o dificultad para despertar en una comprobación (sedación)</translation>
    </message>
    <message>
        <source>Detached or confused at a check-in (dissociation)</source>
        <translation>Desconexión o confusión en una comprobación (disociación)</translation>
    </message>
    <message>
        <source>Breathing slowly or shallowly at a check-in</source>
        <translation>Respiración lenta o superficial en una comprobación</translation>
    </message>
    <message>
        <source>Other medicines today</source>
        <translation>Otros medicamentos hoy</translation>
    </message>
    <message>
        <source>Sitter check-ins confirmed · missed</source>
        <translation>Comprobaciones del acompañante confirmadas · sin respuesta</translation>
    </message>
    <message>
        <source>Confirmed without the sitter&apos;s code</source>
        <translation>Confirmadas sin el código del acompañante</translation>
    </message>
    <message>
        <source>Help opened</source>
        <translation>Se abrió la Ayuda</translation>
    </message>
    <message>
        <source>Side effects reported after it</source>
        <translation>Efectos secundarios informados después</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>The chosen session&apos;s record</source>
        <translation>Registro de la sesión elegida</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Choose a session in the table to read its whole record here.</source>
        <translation>Elija una sesión en la tabla para leer aquí su registro completo.</translation>
    </message>
    <message>
        <source>Medication,
dose, route</source>
        <translation>Medicamento,
dosis, vía</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Minutes
monitored</source>
        <translation>Minutos de
monitoreo</translation>
    </message>
    <message>
        <source>Ready to
be left</source>
        <translation>Puede quedar
sin acompañante</translation>
    </message>
    <message>
        <source>Vitals acceptable
before · end</source>
        <translation>Signos vitales aceptables
antes · final</translation>
    </message>
    <message>
        <source>Blood pressure
before · re-check · end</source>
        <translation>Presión arterial
antes · nueva lectura · final</translation>
    </message>
    <message>
        <source>SpO2
lowest</source>
        <translation>SpO2
mínima</translation>
    </message>
    <message>
        <source>Sedation · dissociation
· slow breathing</source>
        <translation>Sedación · disociación
· respiración lenta</translation>
    </message>
    <message>
        <source>Other medicines
today</source>
        <translation>Otros medicamentos
hoy</translation>
    </message>
    <message>
        <source>Check-ins
confirmed · missed</source>
        <translation>Comprobaciones
confirmadas · sin respuesta</translation>
    </message>
    <message>
        <source>Minutes monitored after the dose, of the minimum.</source>
        <translation>Minutos de monitoreo después de la dosis, del mínimo.</translation>
    </message>
    <message>
        <source>When the recovery check passed (ready to be left).</source>
        <translation>Cuándo se superó la verificación de recuperación (ya podía quedarse sin acompañante).</translation>
    </message>
    <message>
        <source>Before the dose, at the care plan&apos;s first re-check (40 minutes by default), at the end.</source>
        <translation>Antes de la dosis, en la primera nueva lectura del plan de cuidados (40 minutos por defecto), al final.</translation>
    </message>
    <message>
        <source>What the sitter recorded at any check-in.</source>
        <translation>Lo que el acompañante registró en cualquier comprobación.</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublingual</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>intranasal</source>
        <translation>intranasal</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>intramuscular</translation>
    </message>
    <message>
        <source>benzodiazepines</source>
        <translation>benzodiacepinas</translation>
    </message>
    <message>
        <source>other sleeping pills</source>
        <translation>otras pastillas para dormir</translation>
    </message>
    <message>
        <source>stimulants</source>
        <translation>estimulantes</translation>
    </message>
    <message>
        <source>MAOIs</source>
        <translation>IMAO</translation>
    </message>
    <message>
        <source>opioids</source>
        <translation>opioides</translation>
    </message>
    <message>
        <source>no dose taken</source>
        <translation>no se tomó la dosis</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
</context>
<context>
    <name>DeskApp</name>
    <message>
        <source>The clinician&apos;s desk is already open with this desk folder. Switch to its window (it may be minimised or behind other windows).</source>
        <translation>El escritorio clínico ya está abierto con esta carpeta del escritorio. Cambie a su ventana (puede estar minimizada o detrás de otras ventanas).</translation>
    </message>
</context>
<context>
    <name>DeskDisplayDialog</name>
    <message>
        <source>Display</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>How the desk looks on this computer. A change applies at once and is kept for the next time you open the desk.</source>
        <translation>Cómo se ve el escritorio en esta computadora. Los cambios se aplican al instante y se guardan para la próxima vez que abra el escritorio.</translation>
    </message>
    <message>
        <source>Close the display settings</source>
        <translation>Cerrar la configuración de pantalla</translation>
    </message>
</context>
<context>
    <name>DeskErrors</name>
    <message>
        <source>Restore clinician.key from a copy of the desk folder; the desk cannot open without it.</source>
        <translation>Restaure clinician.key desde una copia de la carpeta del escritorio; el escritorio no puede abrirse sin ese archivo.</translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) is damaged and cannot be read. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says how to restore it</extracomment>
        <translation>El archivo de claves del escritorio (%1) está dañado y no se puede leer. %2</translation>
    </message>
    <message>
        <source>A clinician&apos;s desk already exists in %1; it was left as it is.</source>
        <translation>Ya existe un escritorio clínico en %1; se dejó como estaba.</translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) was changed after the desk wrote it, so it cannot be trusted. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says how to restore it</extracomment>
        <translation>El archivo de claves del escritorio (%1) se modificó después de que el escritorio lo escribiera, así que no se puede confiar en él. %2</translation>
    </message>
    <message>
        <source>Enter the clinician&apos;s name as patients know it (for example, Dr. Ana Ruiz).</source>
        <translation>Escriba el nombre del profesional clínico como lo conocen los pacientes (por ejemplo, Dra. Ana Ruiz).</translation>
    </message>
    <message>
        <source>Shorten the clinician&apos;s name to at most %1 characters.</source>
        <translation>Acorte el nombre del profesional clínico a %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>It would be easy to guess.</source>
        <translation>Sería fácil de adivinar.</translation>
    </message>
    <message>
        <source>That passphrase cannot be used: %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>No se puede usar esa frase de contraseña: %1</translation>
    </message>
    <message>
        <source>There is no clinician&apos;s desk in %1 yet. Set one up with your name and a passphrase.</source>
        <translation>Aún no hay un escritorio clínico en %1. Configure uno con su nombre y una frase de contraseña.</translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) could not be read. Check the desk folder&apos;s permissions and the drive, then try again.</source>
        <translation>No se pudo leer el archivo de claves del escritorio (%1). Revise los permisos de la carpeta del escritorio y la unidad, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The desk&apos;s key file (%1) was made by a newer version of companion. Install the newest version and try again.</source>
        <translation>El archivo de claves del escritorio (%1) lo creó una versión más reciente de companion. Instale la versión más reciente y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 holds a list of patients but no clinician key, so it was left as it is. Restore clinician.key from a copy of the desk folder, or choose another folder.</source>
        <translation>%1 contiene una lista de pacientes, pero no una clave de profesional clínico, así que se dejó como estaba. Restaure clinician.key desde una copia de la carpeta del escritorio o elija otra carpeta.</translation>
    </message>
    <message>
        <source>That passphrase did not open the desk. Check it and try again.</source>
        <translation>Esa frase de contraseña no abrió el escritorio. Revísela y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>%1 is inside a patient&apos;s companion data folder; the desk keeps its own folder. Choose another folder with --desk-dir, or leave it out to use the desk&apos;s usual one.</source>
        <translation>%1 está dentro de la carpeta de datos de companion de un paciente; el escritorio usa su propia carpeta. Elija otra carpeta con --desk-dir, u omita esa opción para usar la carpeta habitual del escritorio.</translation>
    </message>
    <message>
        <source>%1 in the export is not a plain file, so it was not imported.</source>
        <translation>%1 en la exportación no es un archivo normal, así que no se importó.</translation>
    </message>
    <message>
        <source>Only an export that is valid for one of your patients can be imported; this one was left where it is.</source>
        <translation>Solo se puede importar una exportación válida para uno de sus pacientes; esta se dejó donde está.</translation>
    </message>
    <message>
        <source>This export is already in the desk folder.</source>
        <translation>Esta exportación ya está en la carpeta del escritorio.</translation>
    </message>
    <message>
        <source>An export named %1 is already imported for %2.</source>
        <translation>Ya se importó una exportación llamada %1 para %2.</translation>
    </message>
    <message>
        <source>The copy did not verify (the export changed while it was being copied); nothing was imported. Open the export again.</source>
        <translation>La copia no pasó la verificación (la exportación cambió mientras se copiaba); no se importó nada. Vuelva a abrir la exportación.</translation>
    </message>
    <message>
        <source>%1 was imported meanwhile; nothing changed.</source>
        <translation>%1 se importó mientras tanto; no cambió nada.</translation>
    </message>
    <message>
        <source>It could not be read.</source>
        <translation>No se pudo leer.</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <extracomment>%1 is the export&apos;s name, %2 the reason (a sentence)</extracomment>
        <translation>No se pudo verificar %1: %2</translation>
    </message>
    <message>
        <source>%1 does not verify (it was altered after it was signed, or is not an export), so its key cannot be trusted. Ask the patient for a new export.</source>
        <translation>%1 no pasa la verificación (se alteró después de firmarse, o no es una exportación), así que no se puede confiar en su clave. Pida al paciente una nueva exportación.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read; open it again.</source>
        <translation>%1 cambió mientras se leía; vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>%1 is a folder; choose the patient&apos;s patient.pub file, or add them from their export.</source>
        <translation>%1 es una carpeta; elija el archivo patient.pub del paciente, o agréguelo desde su exportación.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <extracomment>%2 is the system&apos;s reason, in English</extracomment>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>%1 is not a patient&apos;s key: %2. Choose the patient.pub file from their export.</source>
        <extracomment>%2 is the technical reason, in English</extracomment>
        <translation>%1 no es la clave de un paciente: %2. Elija el archivo patient.pub de su exportación.</translation>
    </message>
    <message>
        <source>Restore patients.json from a copy of the desk folder, or start a new list and add each patient again.</source>
        <translation>Restaure patients.json desde una copia de la carpeta del escritorio, o empiece una lista nueva y vuelva a agregar a cada paciente.</translation>
    </message>
    <message>
        <source>Enter a name for this patient, as you would like to see it on the desk.</source>
        <translation>Escriba un nombre para este paciente, tal como quiere verlo en el escritorio.</translation>
    </message>
    <message>
        <source>Shorten the patient&apos;s name to at most %1 characters.</source>
        <translation>Acorte el nombre del paciente a %1 caracteres como máximo.</translation>
    </message>
    <message>
        <source>This key is already %1&apos;s; the list was left as it is.</source>
        <extracomment>%1 is a patient&apos;s name, as the clinician wrote it</extracomment>
        <translation>Esta clave ya es de %1; la lista se dejó como estaba.</translation>
    </message>
    <message>
        <source>The desk folder already holds a list of patients; it was left as it is.</source>
        <translation>La carpeta del escritorio ya contiene una lista de pacientes; se dejó como estaba.</translation>
    </message>
    <message>
        <source>The list of patients (%1) is missing from the desk folder, so no export can be checked against a remembered key. %2</source>
        <extracomment>%1 is the list&apos;s file name; %2 says how to restore it</extracomment>
        <translation>Falta la lista de pacientes (%1) en la carpeta del escritorio, así que no se puede verificar ninguna exportación con una clave guardada. %2</translation>
    </message>
    <message>
        <source>The list of patients (%1) could not be read. Check the desk folder&apos;s permissions and the drive, then try again.</source>
        <translation>No se pudo leer la lista de pacientes (%1). Revise los permisos de la carpeta del escritorio y la unidad, y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The list of patients (%1) is damaged. %2</source>
        <extracomment>%1 is the list&apos;s file name; %2 says how to restore it</extracomment>
        <translation>La lista de pacientes (%1) está dañada. %2</translation>
    </message>
    <message>
        <source>The list of patients (%1) was changed outside the desk, so the patients&apos; keys in it cannot be trusted. %2</source>
        <extracomment>%1 is the list&apos;s file name; %2 says how to restore it</extracomment>
        <translation>La lista de pacientes (%1) se modificó fuera del escritorio, así que no se puede confiar en las claves de pacientes que contiene. %2</translation>
    </message>
    <message>
        <source>That patient is no longer on the desk&apos;s list; open the list again.</source>
        <translation>Ese paciente ya no está en la lista del escritorio; vuelva a abrir la lista.</translation>
    </message>
    <message>
        <source>Confirm the fingerprint with the patient first (they can read it from their Settings page or their export&apos;s first page); the desk remembers a key only after that.</source>
        <translation>Primero confirme la huella con el paciente (puede leerla en su página de Configuración o en la primera página de su exportación); el escritorio solo guarda una clave después de eso.</translation>
    </message>
    <message>
        <source>This export&apos;s FHIR bundle cannot be read by this desk: %1.</source>
        <translation>Este escritorio no puede leer el paquete FHIR de esta exportación: %1.</translation>
    </message>
    <message>
        <source>Verify the export before reading it.</source>
        <translation>Verifique la exportación antes de leerla.</translation>
    </message>
    <message>
        <source>The verification given is of another export; verify this one first.</source>
        <translation>La verificación indicada es de otra exportación; verifique primero esta.</translation>
    </message>
    <message>
        <source>This export was not verified as valid, so the desk does not read it.</source>
        <translation>Esta exportación no se verificó como válida, así que el escritorio no la lee.</translation>
    </message>
    <message>
        <source>This export changed after it was verified; verify it again before reading it.</source>
        <translation>Esta exportación cambió después de verificarse; verifíquela de nuevo antes de leerla.</translation>
    </message>
    <message>
        <source>This export&apos;s csv/README.txt does not give its period.</source>
        <translation>El archivo csv/README.txt de esta exportación no indica su período.</translation>
    </message>
    <message>
        <source>This export&apos;s csv/README.txt gives a period that is not one.</source>
        <translation>El archivo csv/README.txt de esta exportación indica un período que no es válido.</translation>
    </message>
</context>
<context>
    <name>DeskMainView</name>
    <message>
        <source>Checking the export before showing its key…</source>
        <translation>Verificando la exportación antes de mostrar su clave…</translation>
    </message>
    <message>
        <source>Reading the key…</source>
        <translation>Leyendo la clave…</translation>
    </message>
    <message>
        <source>Reading the care plan in %1&apos;s exports…</source>
        <translation>Leyendo el plan de cuidados en las exportaciones de %1…</translation>
    </message>
</context>
<context>
    <name>DeskSetupScreen</name>
    <message>
        <source>Set up your clinician&apos;s desk</source>
        <translation>Configure su escritorio clínico</translation>
    </message>
    <message>
        <source>The desk keeps the patients whose keys you confirmed, checks every export against them, and signs the care plans you write. It needs no patient vault and sends nothing anywhere.</source>
        <translation>El escritorio guarda los pacientes cuyas claves usted confirmó, verifica cada exportación con esas claves y firma los planes de cuidados que usted escribe. No necesita la bóveda de un paciente y no envía nada a ningún lugar.</translation>
    </message>
    <message>
        <source>Your name, as patients know you</source>
        <translation>Su nombre, como lo conocen los pacientes</translation>
    </message>
    <message>
        <source>for example, Dr. Ana Ruiz</source>
        <translation>por ejemplo, Dra. Ana Ruiz</translation>
    </message>
    <message>
        <source>Choose a passphrase for the desk. It protects your signing key and the list of your patients&apos; keys; nobody can recover it for you.</source>
        <translation>Elija una frase de contraseña para el escritorio. Protege su clave de firma y la lista de claves de sus pacientes; nadie puede recuperarla por usted.</translation>
    </message>
    <message>
        <source>Making your key… this takes a moment.</source>
        <translation>Creando su clave… esto tarda un momento.</translation>
    </message>
    <message>
        <source>Create the desk</source>
        <translation>Crear el escritorio</translation>
    </message>
</context>
<context>
    <name>DeskUnlockScreen</name>
    <message>
        <source>Start a new list of patients?</source>
        <translation>¿Empezar una lista nueva de pacientes?</translation>
    </message>
    <message>
        <source>The list that cannot be used stays in the desk folder, renamed to patients.json.set-aside- with today&apos;s date and time; nothing is deleted. The new list is empty.

Every patient must then be confirmed again: add each one from their export or their patient.pub, after checking the fingerprint with them. Until you do, their exports show as from an unknown key, and the desk cannot warn you that a patient&apos;s key changed.

If you have a copy of the desk folder, you can instead put its patients.json back and unlock again.</source>
        <translation>La lista que no se puede usar se queda en la carpeta del escritorio, con el nombre patients.json.set-aside- más la fecha y la hora de hoy; no se borra nada. La lista nueva está vacía.

Luego tendrá que volver a confirmar a cada paciente: agréguelo desde su exportación o su patient.pub, después de comprobar la huella con él. Hasta entonces, sus exportaciones aparecerán como de una clave desconocida, y el escritorio no podrá avisarle si cambió la clave de un paciente.

Si tiene una copia de la carpeta del escritorio, puede en cambio volver a poner su patients.json y desbloquear de nuevo.</translation>
    </message>
    <message>
        <source>Set it aside and start a new list</source>
        <translation>Apartarla y empezar una lista nueva</translation>
    </message>
    <message>
        <source>Open your desk</source>
        <translation>Abra su escritorio</translation>
    </message>
    <message>
        <source>Reading whose desk this is…</source>
        <translation>Leyendo de quién es este escritorio…</translation>
    </message>
    <message>
        <source>Whose desk this is</source>
        <translation>De quién es este escritorio</translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation>Huella de su clave de firma</translation>
    </message>
    <message>
        <source>Desk passphrase</source>
        <translation>Frase de contraseña del escritorio</translation>
    </message>
    <message>
        <source>Opening the desk…</source>
        <translation>Abriendo el escritorio…</translation>
    </message>
    <message>
        <source>Start a new list of patients…</source>
        <translation>Empezar una lista nueva de pacientes…</translation>
    </message>
    <message>
        <source>Start a new list of patients</source>
        <translation>Empezar una lista nueva de pacientes</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>This desk belongs to %1. Its signing key&apos;s fingerprint is:</source>
        <translation>Este escritorio pertenece a %1. La huella de su clave de firma es:</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>companion desk</source>
        <translation>companion: escritorio clínico</translation>
    </message>
</context>
<context>
    <name>EmergencyRegionChoice</name>
    <message>
        <source>United States or Canada</source>
        <translation>Estados Unidos o Canadá</translation>
    </message>
    <message>
        <source>I live in the United States or Canada</source>
        <translation>Vivo en Estados Unidos o Canadá</translation>
    </message>
    <message>
        <source>Elsewhere</source>
        <translation>En otro país</translation>
    </message>
    <message>
        <source>I live elsewhere</source>
        <translation>Vivo en otro país</translation>
    </message>
    <message>
        <source>Type the number you call for an ambulance where you live, and a crisis line. companion does not know other countries&apos; numbers: ask your clinician which crisis line to use.</source>
        <translation>Escriba el número al que llama para pedir una ambulancia donde vive, y una línea de crisis. companion no conoce los números de otros países: pregunte a su profesional clínico qué línea de crisis usar.</translation>
    </message>
</context>
<context>
    <name>ExportChecks</name>
    <message>
        <source>%1 is a link or a special file; an export holds plain files only.</source>
        <translation>%1 es un enlace o un archivo especial; una exportación contiene solo archivos normales.</translation>
    </message>
    <message>
        <source>The folder holds far more files than any export.</source>
        <translation>La carpeta contiene muchos más archivos que cualquier exportación.</translation>
    </message>
    <message>
        <source>The zip holds far more files than any export.</source>
        <translation>El zip contiene muchos más archivos que cualquier exportación.</translation>
    </message>
    <message>
        <source>The zip unpacks to far more data than any export.</source>
        <translation>El zip se descomprime en muchos más datos que cualquier exportación.</translation>
    </message>
    <message>
        <source>The zip has a password. Open it with 7-Zip (or a similar tool) and the password, then verify the folder it unpacks to.</source>
        <translation>El zip tiene contraseña. Ábralo con 7-Zip (o una herramienta similar) y la contraseña, y luego verifique la carpeta que se descomprime.</translation>
    </message>
    <message>
        <source>The zip holds a file named %1, which would land outside the export&apos;s folder.</source>
        <translation>El zip contiene un archivo llamado %1, que quedaría fuera de la carpeta de la exportación.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link in the zip; an export holds plain files only.</source>
        <translation>%1 es un enlace simbólico dentro del zip; una exportación contiene solo archivos normales.</translation>
    </message>
    <message>
        <source>The zip holds %1 twice.</source>
        <translation>El zip contiene %1 dos veces.</translation>
    </message>
    <message>
        <source>The zip uses a compression method that cannot be read here; unpack it with 7-Zip (or a similar tool), then verify the folder.</source>
        <translation>El zip usa un método de compresión que no se puede leer aquí; descomprímalo con 7-Zip (o una herramienta similar) y luego verifique la carpeta.</translation>
    </message>
    <message>
        <source>There is no file or folder at %1.</source>
        <translation>No hay ningún archivo ni carpeta en %1.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a .zip file.</source>
        <translation>%1 no es una carpeta ni un archivo .zip.</translation>
    </message>
    <message>
        <source>%1 is neither a folder nor a readable .zip file.</source>
        <translation>%1 no es una carpeta ni un archivo .zip legible.</translation>
    </message>
    <message>
        <source>%1 could not be read (%2).</source>
        <translation>No se pudo leer %1 (%2).</translation>
    </message>
    <message>
        <source>Part of the folder could not be read (%1); check its permissions.</source>
        <translation>No se pudo leer parte de la carpeta (%1); revise sus permisos.</translation>
    </message>
    <message>
        <source>%1 was changed after the export was signed.</source>
        <translation>%1 se cambió después de firmarse la exportación.</translation>
    </message>
    <message>
        <source>%1 is listed in the manifest but missing.</source>
        <translation>%1 figura en el manifiesto, pero falta.</translation>
    </message>
    <message>
        <source>%1 was renamed; the manifest lists it as %2.</source>
        <translation>%1 cambió de nombre; el manifiesto lo indica como %2.</translation>
    </message>
    <message>
        <source>%1 is not in the manifest: it was added after the export was signed.</source>
        <translation>%1 no está en el manifiesto: se agregó después de firmarse la exportación.</translation>
    </message>
    <message>
        <source>%1 is far too large to be a manifest.</source>
        <translation>%1 es demasiado grande para ser un manifiesto.</translation>
    </message>
    <message>
        <source>%1 is not UTF-8 text.</source>
        <translation>%1 no es texto UTF-8.</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
    <message>
        <source>%1 does not end with a line break.</source>
        <translation>%1 no termina con un salto de línea.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is not &apos;&lt;sha256&gt;  &lt;file&gt;&apos;.</source>
        <translation>La línea %1 de %2 no tiene la forma &apos;&lt;sha256&gt;  &lt;archivo&gt;&apos;.</translation>
    </message>
    <message>
        <source>Line %1 of %2 names a file that cannot be listed.</source>
        <translation>La línea %1 de %2 nombra un archivo que no puede figurar en la lista.</translation>
    </message>
    <message>
        <source>Line %1 of %2 is out of order or repeated.</source>
        <translation>La línea %1 de %2 está fuera de orden o repetida.</translation>
    </message>
    <message>
        <source>%1 lists more files than an export holds.</source>
        <translation>%1 enumera más archivos de los que contiene una exportación.</translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation>Falta %1.</translation>
    </message>
    <message>
        <source>VALID: %1: all %2 files match the manifest, and the manifest is signed by the key in patient.pub.</source>
        <translation>VÁLIDA: %1: los %2 archivos coinciden con el manifiesto, y el manifiesto está firmado con la clave de patient.pub.</translation>
    </message>
    <message>
        <source>Signed by the key you gave: %1.</source>
        <translation>Firmada con la clave que usted indicó: %1.</translation>
    </message>
    <message>
        <source>WARNING: %1 is signed by a DIFFERENT KEY than the one you gave.</source>
        <translation>ADVERTENCIA: %1 está firmada con una CLAVE DISTINTA de la que usted indicó.</translation>
    </message>
    <message>
        <source>Expected %1, found %2. It may not come from your patient: ask them before trusting it.</source>
        <translation>Se esperaba %1 y se encontró %2. Puede que no venga de su paciente: pregúntele antes de confiar en ella.</translation>
    </message>
    <message>
        <source>UNREADABLE: %1 could not be checked.</source>
        <translation>ILEGIBLE: no se pudo verificar %1.</translation>
    </message>
    <message>
        <source>NOT VALID: %1 was altered after it was signed, or is not an export.</source>
        <translation>NO VÁLIDA: %1 se alteró después de firmarse, o no es una exportación.</translation>
    </message>
    <message>
        <source>Ignored (made by the operating system): %1</source>
        <translation>Se ignoraron (los creó el sistema operativo): %1</translation>
    </message>
    <message>
        <source>Signed by %1. Check it against the fingerprint your patient read to you once, or pass --key with their patient.pub.</source>
        <translation>Firmada por %1. Compárela con la huella que su paciente le leyó una vez, o indique --key con su patient.pub.</translation>
    </message>
    <message>
        <source>That is not a whole SHA256: fingerprint (43 characters after SHA256:).</source>
        <translation>Eso no es una huella SHA256: completa (43 caracteres después de SHA256:).</translation>
    </message>
    <message>
        <source>The key given is not an OpenSSH Ed25519 public key: %1.</source>
        <translation>La clave indicada no es una clave pública Ed25519 de OpenSSH: %1.</translation>
    </message>
    <message>
        <source>patient.pub is another key (%1) than the one you gave (%2).</source>
        <translation>patient.pub es otra clave (%1) distinta de la que usted indicó (%2).</translation>
    </message>
    <message>
        <source>%1 is far too large to be what it says.</source>
        <translation>%1 es demasiado grande para ser lo que dice ser.</translation>
    </message>
    <message>
        <source>%1 Nothing in it can be trusted.</source>
        <translation>%1 No se puede confiar en nada de su contenido.</translation>
    </message>
    <message>
        <source>patient.pub cannot be read: %1.</source>
        <translation>No se puede leer patient.pub: %1.</translation>
    </message>
    <message>
        <source>manifest.sig is not a valid signature of manifest-sha256.txt: %1.</source>
        <translation>manifest.sig no es una firma válida de manifest-sha256.txt: %1.</translation>
    </message>
    <message>
        <source>manifest.sig was made by another key than the one in patient.pub.</source>
        <translation>manifest.sig se hizo con otra clave distinta de la de patient.pub.</translation>
    </message>
    <message>
        <source>%1 is damaged inside the zip.</source>
        <translation>%1 está dañado dentro del zip.</translation>
    </message>
    <message>
        <source>manifest-sha256.txt is missing, so nothing can be checked: this is not a companion export, or its manifest was removed.</source>
        <translation>Falta manifest-sha256.txt, así que no se puede verificar nada: esta no es una exportación de companion, o se le quitó el manifiesto.</translation>
    </message>
    <message>
        <source>manifest.sig is missing, so nobody can tell who made this export.</source>
        <translation>Falta manifest.sig, así que nadie puede saber quién hizo esta exportación.</translation>
    </message>
    <message>
        <source>patient.pub is missing, so the signature cannot be checked.</source>
        <translation>Falta patient.pub, así que no se puede verificar la firma.</translation>
    </message>
</context>
<context>
    <name>ExportContent</name>
    <message numerus="yes">
        <source>%n sessions, oldest first. Choose one to read its whole record below.</source>
        <translation>
            <numerusform>%n sesión, la más antigua primero. Elija una para leer su registro completo abajo.</numerusform>
            <numerusform>%n sesiones, la más antigua primero. Elija una para leer su registro completo abajo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExportDestination</name>
    <message>
        <source>Choose a name for the export, not only a folder.</source>
        <translation>Elija un nombre para la exportación, no solo una carpeta.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or place, so nothing there is overwritten.</source>
        <translation>%1 ya existe; elija otro nombre u otro lugar, para no sobrescribir nada.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; choose a folder that does.</source>
        <translation>La carpeta %1 no existe; elija una carpeta que exista.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder; choose a folder to save into.</source>
        <translation>%1 es un archivo, no una carpeta; elija una carpeta donde guardar.</translation>
    </message>
    <message>
        <source>A zip export&apos;s name must end in .zip.</source>
        <translation>El nombre de una exportación en zip debe terminar en .zip.</translation>
    </message>
    <message>
        <source>The disk is full, so the export was not written; free some space and try again.</source>
        <translation>El disco está lleno, así que no se escribió la exportación; libere espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 appeared while the export was being written; nothing was overwritten.</source>
        <translation>%1 apareció mientras se escribía la exportación; no se sobrescribió nada.</translation>
    </message>
    <message>
        <source>The disk refused the export (%1); nothing was left behind.</source>
        <translation>El disco rechazó la exportación (%1); no quedó nada a medias.</translation>
    </message>
    <message>
        <source>companion may not write in %1; choose a folder of yours.</source>
        <translation>companion no tiene permiso para escribir en %1; elija una carpeta suya.</translation>
    </message>
    <message>
        <source>That name is too long for the disk; choose a shorter one.</source>
        <translation>Ese nombre es demasiado largo para el disco; elija uno más corto.</translation>
    </message>
</context>
<context>
    <name>ExportForm</name>
    <message>
        <source>Export for your clinician</source>
        <translation>Exportación para su profesional clínico</translation>
    </message>
    <message>
        <source>This makes a folder (or a .zip file) for your clinician: a report to read (PDF), the same data as tables (CSV) and in the format health records use (FHIR), and a signature that shows nothing was changed after you made it. Nothing is sent anywhere: you hand it over yourself, for example on a USB stick or through your clinic&apos;s secure upload.</source>
        <translation>Esto crea una carpeta (o un archivo .zip) para su profesional clínico: un informe para leer (PDF), los mismos datos en tablas (CSV) y en el formato que usan los registros médicos (FHIR), y una firma que muestra que nada cambió después de que usted la creó. No se envía nada a ningún lugar: usted la entrega, por ejemplo, en una memoria USB o por el sistema seguro de carga de archivos de su clínica.</translation>
    </message>
    <message>
        <source>What goes in</source>
        <translation>Qué se incluye</translation>
    </message>
    <message>
        <source>Your name on the report</source>
        <translation>Su nombre en el informe</translation>
    </message>
    <message>
        <source>as your clinician knows you</source>
        <translation>como lo conoce su profesional clínico</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Sessions: the session record, readings, checklist, check-ins</source>
        <translation>Sesiones: registro de la sesión, lecturas, lista de verificación, comprobaciones del acompañante</translation>
    </message>
    <message>
        <source>Questionnaires: PHQ-9, GAD-7, PCL-5 with every answer</source>
        <translation>Cuestionarios: PHQ-9, GAD-7, PCL-5 con todas las respuestas</translation>
    </message>
    <message>
        <source>After the sessions: mood, side effects, next-day check-ins</source>
        <translation>Después de las sesiones: estado de ánimo, efectos secundarios, seguimiento del día siguiente</translation>
    </message>
    <message>
        <source>Needs-attention flags are always included: they are what your clinician looks at first.</source>
        <translation>Las alertas que requieren atención siempre se incluyen: es lo primero que mira su profesional clínico.</translation>
    </message>
    <message>
        <source>Journal entries I marked “Share with my clinician”</source>
        <translation>Entradas del diario que marqué como “Compartir con mi profesional clínico”</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <source>Paper size of the report</source>
        <translation>Tamaño de papel del informe</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papel</translation>
    </message>
    <message>
        <source>How to save it</source>
        <translation>Cómo guardarla</translation>
    </message>
    <message>
        <source>A folder</source>
        <translation>Una carpeta</translation>
    </message>
    <message>
        <source>A .zip file</source>
        <translation>Un archivo .zip</translation>
    </message>
    <message>
        <source>Save as a folder</source>
        <translation>Guardar como carpeta</translation>
    </message>
    <message>
        <source>Save as a .zip file</source>
        <translation>Guardar como archivo .zip</translation>
    </message>
    <message>
        <source>Password for the zip (optional)</source>
        <translation>Contraseña del zip (opcional)</translation>
    </message>
    <message>
        <source>The password again</source>
        <translation>Repita la contraseña</translation>
    </message>
    <message>
        <source>With a password the zip is encrypted (AES-256). Open it with 7-Zip or a similar tool: the zip tools built into Windows and macOS cannot open it. Give the password to your clinician another way than the file.</source>
        <translation>Con contraseña, el zip se cifra (AES-256). Ábralo con 7-Zip o una herramienta similar: las herramientas zip integradas en Windows y macOS no pueden abrirlo. Dé la contraseña a su profesional clínico por una vía distinta de la del archivo.</translation>
    </message>
    <message>
        <source>The folder the export is saved into</source>
        <translation>La carpeta donde se guarda la exportación</translation>
    </message>
    <message>
        <source>Choose the folder…</source>
        <translation>Elegir la carpeta…</translation>
    </message>
    <message>
        <source>Choose the folder to save into</source>
        <translation>Elegir la carpeta donde guardar</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Guardar como</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Again</source>
        <translation>Repetir</translation>
    </message>
    <message>
        <source>Save into</source>
        <translation>Guardar en</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>Write the export</source>
        <translation>Crear la exportación</translation>
    </message>
    <message>
        <source>Preview page 1 of the report</source>
        <translation>Vista previa de la página 1 del informe</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel the export</source>
        <translation>Cancelar la exportación</translation>
    </message>
    <message>
        <source>Where the export was saved</source>
        <translation>Dónde se guardó la exportación</translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation>Huella de su clave de firma</translation>
    </message>
    <message>
        <source>Page 1 of the report, as your clinician will see it, and how many rows each table holds.</source>
        <translation>La página 1 del informe, como la verá su profesional clínico, y cuántas filas tiene cada tabla.</translation>
    </message>
    <message>
        <source>Page 1 of the report</source>
        <translation>Página 1 del informe</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Your first export: from your first record to today.</source>
        <translation>Su primera exportación: desde su primer registro hasta hoy.</translation>
    </message>
    <message>
        <source>Since your last export, which ended on %1.</source>
        <translation>Desde su última exportación, que terminó el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Off unless you tick it, for this export only. Only entries you marked as shared can go in (%n now); your other entries never leave your computer.</source>
        <translation>
            <numerusform>Desactivado salvo que marque la casilla, y solo para esta exportación. Solo pueden incluirse las entradas que usted marcó como compartidas (ahora hay %n); sus demás entradas nunca salen de su computadora.</numerusform>
            <numerusform>Desactivado salvo que marque la casilla, y solo para esta exportación. Solo pueden incluirse las entradas que usted marcó como compartidas (ahora hay %n); sus demás entradas nunca salen de su computadora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows in each table:</source>
        <translation>Filas de cada tabla:</translation>
    </message>
    <message>
        <source>Saved. Hand this to your clinician:</source>
        <translation>Guardada. Entregue esto a su profesional clínico:</translation>
    </message>
    <message>
        <source>Signed with your key, whose fingerprint is below. Your clinician can check that nothing was changed (the README explains how).</source>
        <translation>Firmada con su clave, cuya huella aparece abajo. Su profesional clínico puede comprobar que no se cambió nada (el README explica cómo).</translation>
    </message>
</context>
<context>
    <name>ExportPage</name>
    <message>
        <source>Back to your patients</source>
        <translation>Volver a sus pacientes</translation>
    </message>
    <message>
        <source>Reading what it holds…</source>
        <translation>Leyendo su contenido…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Open the PDF</source>
        <translation>Abrir el PDF</translation>
    </message>
    <message>
        <source>Open the CSV folder</source>
        <translation>Abrir la carpeta CSV</translation>
    </message>
    <message>
        <source>Open the zip</source>
        <translation>Abrir el zip</translation>
    </message>
    <message>
        <source>This export is a .zip: open it, or extract it, to read its PDF and its CSV tables.</source>
        <translation>Esta exportación es un .zip: ábralo o extráigalo para leer su PDF y sus tablas CSV.</translation>
    </message>
    <message>
        <source>No export of %1&apos;s has been opened on this desk yet. Open their export to see it here.</source>
        <translation>Todavía no se ha abierto en este escritorio ninguna exportación de %1. Abra su exportación para verla aquí.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Verified, but could not be read: %1</source>
        <translation>Verificada, pero no se pudo leer: %1</translation>
    </message>
    <message>
        <source>%1 — %2 exports, %3</source>
        <translation>%1 — %2 exportaciones, %3</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Where to save the export</source>
        <translation>Dónde guardar la exportación</translation>
    </message>
    <message>
        <source>A zip without a password</source>
        <translation>Un zip sin contraseña</translation>
    </message>
    <message>
        <source>This zip will have no password: anyone who gets the file can read it. Write it without a password?</source>
        <translation>Este zip no tendrá contraseña: cualquiera que obtenga el archivo podrá leerlo. ¿Crearlo sin contraseña?</translation>
    </message>
    <message>
        <source>The period starts after it ends; choose a start on or before the end.</source>
        <translation>El período empieza después de terminar; elija un inicio igual o anterior al final.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
    <message>
        <source>Cancelled. Nothing was written.</source>
        <translation>Cancelado. No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>ExportRun</name>
    <message>
        <source>There is nothing to export in this period; choose other dates.</source>
        <translation>No hay nada que exportar en este período; elija otras fechas.</translation>
    </message>
</context>
<context>
    <name>FhirTransaction</name>
    <message>
        <source>Wrote %1: %2 resources of %3 as a FHIR transaction.</source>
        <translation>Se escribió %1: %2 recursos de %3 como una transacción FHIR.</translation>
    </message>
    <message>
        <source>It could not be checked.</source>
        <translation>No se pudo verificar.</translation>
    </message>
    <message>
        <source>%1 is not a companion export (it has no %2); nothing was written.</source>
        <translation>%1 no es una exportación de companion (no tiene %2); no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is not valid, so nothing was written (&apos;companion verify&apos; lists %2 more problem(s)): %3</source>
        <translation>%1 no es válida, así que no se escribió nada (&apos;companion verify&apos; indica %2 problema(s) más): %3</translation>
    </message>
    <message>
        <source>%1 is not valid, so nothing was written: %2</source>
        <translation>%1 no es válida, así que no se escribió nada: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 No se escribió nada.</translation>
    </message>
    <message>
        <source>%1 holds no %2, so there is nothing to convert; nothing was written.</source>
        <translation>%1 no contiene %2, así que no hay nada que convertir; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 in %2 is far too large to convert; nothing was written.</source>
        <translation>%1 en %2 es demasiado grande para convertirlo; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read, so nothing was written; verify it again.</source>
        <translation>%1 cambió mientras se leía, así que no se escribió nada; verifíquela de nuevo.</translation>
    </message>
    <message>
        <source>%1 in %2 is not readable JSON; nothing was written.</source>
        <translation>%1 en %2 no es JSON legible; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 holds a %2 identified as another patient&apos;s record than the key that signed the export; nothing was written.</source>
        <translation>%1 contiene un %2 identificado como registro de otro paciente distinto del de la clave que firmó la exportación; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 %2, so it cannot be converted; nothing was written.</source>
        <translation>%1: %2, así que no se puede convertir; no se escribió nada.</translation>
    </message>
    <message>
        <source>%1 is a folder; --out takes the name of the file to write, such as %2.</source>
        <translation>%1 es una carpeta; --out recibe el nombre del archivo que se escribirá, por ejemplo %2.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist; create it or choose another --out.</source>
        <translation>La carpeta %1 no existe; créela o elija otro --out.</translation>
    </message>
    <message>
        <source>%1 is not a plain file, so it is not replaced; choose another --out.</source>
        <translation>%1 no es un archivo normal, así que no se reemplaza; elija otro --out.</translation>
    </message>
    <message>
        <source>%1 already exists; choose another --out, or add --force to replace it.</source>
        <translation>%1 ya existe; elija otro --out, o agregue --force para reemplazarlo.</translation>
    </message>
    <message>
        <source>the disk refused</source>
        <translation>el disco lo rechazó</translation>
    </message>
    <message>
        <source>%1 could not be written (%2); nothing was written.</source>
        <translation>No se pudo escribir %1 (%2); no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>FlagList</name>
    <message numerus="yes">
        <source>%n things to mention to your clinician.</source>
        <translation>
            <numerusform>%n cosa para comentar con su profesional clínico.</numerusform>
            <numerusform>%n cosas para comentar con su profesional clínico.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FlagTexts</name>
    <message>
        <source>thoughts that you would be better off dead, or of hurting yourself</source>
        <translation>pensamientos de que estaría mejor muerto(a) o de lastimarse</translation>
    </message>
    <message>
        <source>your clinician</source>
        <translation>su profesional clínico</translation>
    </message>
    <message>
        <source>Please tell %1. If you might act on these thoughts, call the crisis line %2 or the emergency number %3 now.</source>
        <extracomment>%1 is the clinician&apos;s name and phone, %2 the crisis line, %3 the emergency number</extracomment>
        <translation>Por favor, avísele a %1. Si cree que podría actuar según estos pensamientos, llame ahora a la línea de crisis %2 o al número de emergencias %3.</translation>
    </message>
    <message>
        <source>PHQ-9 question 9 (%1) was answered %2, above 0. %3</source>
        <extracomment>%1 is what question 9 asks, %2 the answer (1 to 3), %3 the advice to call someone</extracomment>
        <translation>La pregunta 9 del PHQ-9 (%1) se respondió con %2, más de 0. %3</translation>
    </message>
    <message>
        <source>PHQ-9 question 9 (%1) was first answered %2, above 0, then changed to 0 before the questionnaire was finished. %3</source>
        <extracomment>%1 is what question 9 asks, %2 the first answer (1 to 3), %3 the advice to call someone</extracomment>
        <translation>La pregunta 9 del PHQ-9 (%1) se respondió primero con %2, más de 0, y luego se cambió a 0 antes de terminar el cuestionario. %3</translation>
    </message>
    <message>
        <source>PHQ-9 question 9 (%1) was answered %2, above 0, on a questionnaire that was not finished. %3</source>
        <extracomment>%1 is what question 9 asks, %2 the answer (1 to 3), %3 the advice to call someone</extracomment>
        <translation>La pregunta 9 del PHQ-9 (%1) se respondió con %2, más de 0, en un cuestionario que no se terminó. %3</translation>
    </message>
    <message>
        <source>The PHQ-9 total rose by %1 points since the previous one (from %2 to %3). A rise of %4 or more is worth talking over with your clinician.</source>
        <translation>El total del PHQ-9 subió %1 puntos desde el anterior (de %2 a %3). Vale la pena hablar de un aumento de %4 o más con su profesional clínico.</translation>
    </message>
    <message>
        <source>The GAD-7 total is %1, in the severe range (%2 or more). Please talk it over with your clinician.</source>
        <translation>El total del GAD-7 es %1, en el rango grave (%2 o más). Por favor, hable de esto con su profesional clínico.</translation>
    </message>
    <message>
        <source>A severe side effect was recorded: %1. Please tell your clinician.</source>
        <translation>Se registró un efecto secundario grave: %1. Por favor, avísele a su profesional clínico.</translation>
    </message>
    <message>
        <source>not named</source>
        <translation>sin especificar</translation>
    </message>
    <message>
        <source>An entry was changed more than 24 hours after it was made. The earlier version is kept.</source>
        <translation>Se cambió una entrada más de 24 horas después de crearla. Se conserva la versión anterior.</translation>
    </message>
    <message numerus="yes">
        <source>An entry was changed more than 24 hours after it was made (%n times). The earlier version is kept.</source>
        <translation>
            <numerusform>Se cambió una entrada más de 24 horas después de crearla (%n vez). Se conserva la versión anterior.</numerusform>
            <numerusform>Se cambió una entrada más de 24 horas después de crearla (%n veces). Se conserva la versión anterior.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <extracomment>the end of a list: &quot;15, 30 and 45&quot;; %1 is the list&apos;s start, %2 its last item</extracomment>
        <translation>%1 y %2</translation>
    </message>
    <message numerus="yes">
        <source>%n hour</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hours</source>
        <translation>
            <numerusform>%n hora</numerusform>
            <numerusform>%n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Blood pressure before the dose was %1/%2. %3</source>
        <extracomment>%1/%2 is the reading; %3 the care plan&apos;s reasons, sentences</extracomment>
        <translation>La presión arterial antes de la dosis era de %1/%2. %3</translation>
    </message>
    <message>
        <source>Blood pressure before the dose was in the range where your care plan asks for extra care, and the session went ahead after that was acknowledged.</source>
        <translation>La presión arterial antes de la dosis estaba en el rango en el que su plan de cuidados pide precaución adicional, y la sesión continuó después de que se confirmó el aviso.</translation>
    </message>
    <message>
        <source>“%1”</source>
        <extracomment>a checklist question, quoted</extracomment>
        <translation>“%1”</translation>
    </message>
    <message>
        <source>The session went ahead after a caution answer was acknowledged: %1</source>
        <translation>La sesión continuó después de que se confirmó una respuesta de precaución: %1</translation>
    </message>
    <message>
        <source>%1/%2 before the dose</source>
        <translation>%1/%2 antes de la dosis</translation>
    </message>
    <message>
        <source>%1/%2 at %3 minutes</source>
        <extracomment>%1/%2 is a reading, %3 how many minutes after the dose it was taken</extracomment>
        <translation>%1/%2 a los %3 minutos</translation>
    </message>
    <message>
        <source>%1 after the dose</source>
        <extracomment>%1 lists readings: &quot;185/100 at 40 minutes and 190/105 at 60 minutes&quot;</extracomment>
        <translation>%1 después de la dosis</translation>
    </message>
    <message>
        <source>Blood pressure reached an urgent level (%1). %2 Please tell your clinician.</source>
        <extracomment>%1 lists the readings; %2 the care plan&apos;s reasons, sentences</extracomment>
        <translation>La presión arterial llegó a un nivel urgente (%1). %2 Por favor, avísele a su profesional clínico.</translation>
    </message>
    <message>
        <source>before the dose</source>
        <translation>antes de la dosis</translation>
    </message>
    <message>
        <source>at %1 minutes after the dose</source>
        <translation>a los %1 minutos de la dosis</translation>
    </message>
    <message>
        <source>%1 % %2</source>
        <extracomment>%1 is a percentage, %2 when it was measured (&quot;before the dose&quot;)</extracomment>
        <translation>%1 % %2</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2) was below the care plan&apos;s limit of %1 % (%2). Please tell your clinician.</source>
        <translation>La saturación de oxígeno (SpO2) estuvo por debajo del límite de %1 % del plan de cuidados (%2). Por favor, avísele a su profesional clínico.</translation>
    </message>
    <message>
        <source>very sleepy or hard to wake</source>
        <translation>con mucho sueño o difícil de despertar</translation>
    </message>
    <message>
        <source>breathing slowly or shallowly</source>
        <translation>respirando lenta o superficialmente</translation>
    </message>
    <message>
        <source>At a check-in the sitter recorded that you were %1 (at %2 minutes after the dose). These are emergency signs; please tell your clinician.</source>
        <extracomment>%1 names the signs (&quot;very sleepy or hard to wake&quot;), %2 lists minutes (&quot;15 and 30&quot;)</extracomment>
        <translation>En una comprobación, el acompañante registró que usted estaba %1 (a los %2 minutos de la dosis). Son señales de emergencia; por favor, avísele a su profesional clínico.</translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-in was confirmed without the sitter&apos;s code (at %1 minutes after the dose), so the app could not tell who answered.</source>
        <extracomment>%1 lists minutes after the dose (&quot;15 and 30&quot;)</extracomment>
        <translation>
            <numerusform>%n comprobación del acompañante se confirmó sin el código del acompañante (a los %1 minutos de la dosis), así que la aplicación no pudo saber quién respondió.</numerusform>
            <numerusform>%n comprobaciones del acompañante se confirmaron sin el código del acompañante (a los %1 minutos de la dosis), así que la aplicación no pudo saber quién respondió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-ins were confirmed without the sitter&apos;s code (at %1 minutes after the dose), so the app could not tell who answered.</source>
        <translation>
            <numerusform>%n comprobación del acompañante se confirmó sin el código del acompañante (a los %1 minutos de la dosis), así que la aplicación no pudo saber quién respondió.</numerusform>
            <numerusform>%n comprobaciones del acompañante se confirmaron sin el código del acompañante (a los %1 minutos de la dosis), así que la aplicación no pudo saber quién respondió.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-in went unanswered (at %1 minutes after the dose).</source>
        <extracomment>%1 lists minutes after the dose (&quot;15 and 30&quot;)</extracomment>
        <translation>
            <numerusform>%n comprobación del acompañante quedó sin respuesta (a los %1 minutos de la dosis).</numerusform>
            <numerusform>%n comprobaciones del acompañante quedaron sin respuesta (a los %1 minutos de la dosis).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n sitter check-ins went unanswered (at %1 minutes after the dose).</source>
        <translation>
            <numerusform>%n comprobación del acompañante quedó sin respuesta (a los %1 minutos de la dosis).</numerusform>
            <numerusform>%n comprobaciones del acompañante quedaron sin respuesta (a los %1 minutos de la dosis).</numerusform>
        </translation>
    </message>
    <message>
        <source>The session ended %1 minutes after the dose, before the minimum monitoring time of %2 minutes.</source>
        <translation>La sesión terminó %1 minutos después de la dosis, antes del tiempo mínimo de monitoreo de %2 minutos.</translation>
    </message>
    <message>
        <source>This session has no recorded end: the dose was taken, but the session was not completed or ended within %1 after the minimum monitoring time. Please open it to record how it ended, and tell your clinician.</source>
        <extracomment>%1 is a number of hours (&quot;8 hours&quot;)</extracomment>
        <translation>Esta sesión no tiene un final registrado: se tomó la dosis, pero la sesión no se completó ni se terminó dentro de %1 después del tiempo mínimo de monitoreo. Por favor, ábrala para registrar cómo terminó y avísele a su profesional clínico.</translation>
    </message>
    <message>
        <source>This session&apos;s end was recorded only %1 minutes after the dose, more than %2 after the minimum monitoring time.</source>
        <extracomment>%2 is a number of hours (&quot;8 hours&quot;)</extracomment>
        <translation>El final de esta sesión no se registró hasta %1 minutos después de la dosis, más de %2 después del tiempo mínimo de monitoreo.</translation>
    </message>
    <message>
        <source>A safety check said not to start this session, so it did not start then. This is the checklist working as it should; your clinician may want to know.</source>
        <translation>Una verificación de seguridad indicó que no se empezara esta sesión, así que no empezó en ese momento. Es la lista de verificación funcionando como debe; puede que su profesional clínico quiera saberlo.</translation>
    </message>
    <message numerus="yes">
        <source>A safety check said not to start this session (%n times), so it did not start then. This is the checklist working as it should; your clinician may want to know.</source>
        <translation>
            <numerusform>Una verificación de seguridad indicó que no se empezara esta sesión (%n vez), así que no empezó en ese momento. Es la lista de verificación funcionando como debe; puede que su profesional clínico quiera saberlo.</numerusform>
            <numerusform>Una verificación de seguridad indicó que no se empezara esta sesión (%n veces), así que no empezó en ese momento. Es la lista de verificación funcionando como debe; puede que su profesional clínico quiera saberlo.</numerusform>
        </translation>
    </message>
    <message>
        <source>Thoughts of death or self-harm (PHQ-9 question 9)</source>
        <translation>Pensamientos de muerte o de hacerse daño (pregunta 9 del PHQ-9)</translation>
    </message>
    <message>
        <source>Urgent blood pressure</source>
        <translation>Presión arterial en nivel urgente</translation>
    </message>
    <message>
        <source>Oxygen saturation below the care plan&apos;s limit</source>
        <translation>Saturación de oxígeno por debajo del límite del plan de cuidados</translation>
    </message>
    <message>
        <source>Hard to wake or breathing slowly during a session</source>
        <translation>Difícil de despertar o respiración lenta durante una sesión</translation>
    </message>
    <message>
        <source>PHQ-9 up 5 points or more</source>
        <translation>PHQ-9 subió 5 puntos o más</translation>
    </message>
    <message>
        <source>GAD-7 in the severe range</source>
        <translation>GAD-7 en el rango grave</translation>
    </message>
    <message>
        <source>Sitter check-in missed</source>
        <translation>Comprobación del acompañante sin respuesta</translation>
    </message>
    <message>
        <source>Session ended before the minimum monitoring time</source>
        <translation>Sesión terminada antes del tiempo mínimo de monitoreo</translation>
    </message>
    <message>
        <source>Session with no recorded end</source>
        <translation>Sesión sin final registrado</translation>
    </message>
    <message>
        <source>Severe side effect</source>
        <translation>Efecto secundario grave</translation>
    </message>
    <message>
        <source>Blood pressure before the dose in the caution range</source>
        <translation>Presión arterial antes de la dosis en el rango de precaución</translation>
    </message>
    <message>
        <source>Caution answer acknowledged</source>
        <translation>Respuesta de precaución confirmada</translation>
    </message>
    <message>
        <source>Check-in confirmed without the sitter&apos;s code</source>
        <translation>Comprobación confirmada sin el código del acompañante</translation>
    </message>
    <message>
        <source>Session start blocked by a safety check</source>
        <translation>Comienzo de la sesión bloqueado por una verificación de seguridad</translation>
    </message>
    <message>
        <source>Entry changed more than 24 hours after it was made</source>
        <translation>Entrada cambiada más de 24 horas después de crearse</translation>
    </message>
</context>
<context>
    <name>GuidedPage</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Lista de verificación</translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation>Traspaso al acompañante</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dosis tomada</translation>
    </message>
    <message>
        <source>Monitoring</source>
        <translation>Monitoreo</translation>
    </message>
    <message>
        <source>Recovery check</source>
        <translation>Verificación de recuperación</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Ended early</source>
        <translation>Terminada antes de tiempo</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>No iniciada</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>Urgente</translation>
    </message>
    <message>
        <source>Important</source>
        <translation>Importante</translation>
    </message>
    <message>
        <source>Worth mentioning</source>
        <translation>Conviene mencionarlo</translation>
    </message>
    <message>
        <source>For the record</source>
        <translation>Para que conste</translation>
    </message>
    <message>
        <source>Minimal</source>
        <translation>Mínima</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Moderada</translation>
    </message>
    <message>
        <source>Moderately severe</source>
        <translation>Moderadamente grave</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Below the PTSD cut-off</source>
        <translation>Por debajo del punto de corte de TEPT</translation>
    </message>
    <message>
        <source>Probable PTSD</source>
        <translation>TEPT probable</translation>
    </message>
    <message>
        <source>%1 of %2, %3</source>
        <translation>%1 de %2, %3</translation>
    </message>
    <message>
        <source>PHQ-9 question 9</source>
        <translation>Pregunta 9 del PHQ-9</translation>
    </message>
    <message>
        <source>PHQ-9 up 5 or more</source>
        <translation>PHQ-9 subió 5 o más</translation>
    </message>
    <message>
        <source>GAD-7 severe</source>
        <translation>GAD-7 grave</translation>
    </message>
    <message>
        <source>blood pressure in the caution range</source>
        <translation>presión arterial en el rango de precaución</translation>
    </message>
    <message>
        <source>urgent blood pressure</source>
        <translation>presión arterial en nivel urgente</translation>
    </message>
    <message>
        <source>low oxygen level (SpO2)</source>
        <translation>nivel de oxígeno bajo (SpO2)</translation>
    </message>
    <message>
        <source>hard to wake or slow breathing</source>
        <translation>difícil de despertar o respiración lenta</translation>
    </message>
    <message>
        <source>check-in missed</source>
        <translation>comprobación sin respuesta</translation>
    </message>
    <message>
        <source>check-in without the sitter&apos;s code</source>
        <translation>comprobación sin el código del acompañante</translation>
    </message>
    <message>
        <source>ended before the minimum time</source>
        <translation>terminó antes del tiempo mínimo</translation>
    </message>
    <message>
        <source>caution acknowledged</source>
        <translation>precaución confirmada</translation>
    </message>
    <message>
        <source>severe side effect</source>
        <translation>efecto secundario grave</translation>
    </message>
    <message>
        <source>no recorded end</source>
        <translation>sin final registrado</translation>
    </message>
    <message>
        <source>log changed after 24 hours</source>
        <translation>registro cambiado después de 24 horas</translation>
    </message>
    <message>
        <source>start blocked</source>
        <translation>comienzo bloqueado</translation>
    </message>
    <message>
        <source>sitter worried</source>
        <translation>preocupación del acompañante</translation>
    </message>
    <message>
        <source>help used</source>
        <translation>se usó la Ayuda</translation>
    </message>
    <message>
        <source>recovery check not passed</source>
        <translation>verificación de recuperación no superada</translation>
    </message>
    <message>
        <source>check-in confirmed without the sitter&apos;s code</source>
        <translation>comprobación confirmada sin el código del acompañante</translation>
    </message>
    <message>
        <source>the first one (%1 on %2)</source>
        <translation>el primero (%1, el %2)</translation>
    </message>
    <message>
        <source>The same as %1.</source>
        <translation>Igual que %1.</translation>
    </message>
    <message>
        <source>Compared with %1.</source>
        <translation>Comparado con %1.</translation>
    </message>
    <message>
        <source>%1 % lower than %2.</source>
        <translation>%1 % más bajo que %2.</translation>
    </message>
    <message>
        <source>%1 % higher than %2.</source>
        <translation>%1 % más alto que %2.</translation>
    </message>
    <message>
        <source>Clinicians call this a response (half or less of the first score) and remission (below 5).</source>
        <translation>Los profesionales clínicos llaman a esto respuesta (la mitad o menos de la primera puntuación) y remisión (menos de 5).</translation>
    </message>
    <message>
        <source>Clinicians call this a response: half or less of the first score.</source>
        <translation>Los profesionales clínicos llaman a esto respuesta: la mitad o menos de la primera puntuación.</translation>
    </message>
    <message>
        <source>Below 5: what clinicians call remission.</source>
        <translation>Menos de 5: lo que los profesionales clínicos llaman remisión.</translation>
    </message>
    <message>
        <source>%1 now %2: %3</source>
        <translation>%1 ahora está en %2: %3</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>History views</source>
        <translation>Vistas del historial</translation>
    </message>
    <message>
        <source>Change since the first questionnaire</source>
        <translation>Cambio desde el primer cuestionario</translation>
    </message>
    <message>
        <source>Questionnaire scores</source>
        <translation>Puntuaciones de los cuestionarios</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Questionnaires</source>
        <translation>Cuestionarios</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Todavía no hay sesiones registradas.</translation>
    </message>
    <message>
        <source>No sessions yet. Sessions, questionnaires and moods appear here as you record them.</source>
        <translation>Todavía no hay sesiones. Las sesiones, los cuestionarios y los estados de ánimo aparecen aquí a medida que los registra.</translation>
    </message>
    <message>
        <source>One session, on %1.</source>
        <translation>Una sesión, el %1.</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No %1 answers yet. Your scores appear here, over your severity bands, once you have answered it.</source>
        <translation>Todavía no hay respuestas del %1. Sus puntuaciones aparecerán aquí, sobre sus franjas de gravedad, cuando lo haya respondido.</translation>
    </message>
    <message>
        <source>Session day</source>
        <translation>Día de sesión</translation>
    </message>
    <message>
        <source>%1 total</source>
        <translation>Total del %1</translation>
    </message>
    <message>
        <source>Mood before and after each session</source>
        <translation>Estado de ánimo antes y después de cada sesión</translation>
    </message>
    <message>
        <source>No moods recorded yet. Each session&apos;s mood before the dose and after it (from the post-session log) appears here.</source>
        <translation>Todavía no hay estados de ánimo registrados. Aquí aparece el estado de ánimo de cada sesión antes de la dosis y después (del registro posterior a la sesión).</translation>
    </message>
    <message>
        <source>Before the session</source>
        <translation>Antes de la sesión</translation>
    </message>
    <message>
        <source>After the session</source>
        <translation>Después de la sesión</translation>
    </message>
    <message>
        <source>Blood pressure per session</source>
        <translation>Presión arterial por sesión</translation>
    </message>
    <message>
        <source>mmHg</source>
        <translation>mmHg</translation>
    </message>
    <message>
        <source>Solid lines: systolic (upper number) · dashed lines: diastolic (lower number)</source>
        <translation>Líneas continuas: sistólica (número superior) · líneas discontinuas: diastólica (número inferior)</translation>
    </message>
    <message>
        <source>No blood pressure readings yet. The readings before the dose, at the re-check and at the end of each session appear here.</source>
        <translation>Todavía no hay lecturas de presión arterial. Aquí aparecen las lecturas antes de la dosis, en la nueva lectura y al final de cada sesión.</translation>
    </message>
    <message>
        <source>Before the dose</source>
        <translation>Antes de la dosis</translation>
    </message>
    <message>
        <source>Re-check</source>
        <translation>Nueva lectura</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastólica</translation>
    </message>
    <message>
        <source>do not start %1</source>
        <translation>no empezar %1</translation>
    </message>
    <message>
        <source>caution %1</source>
        <translation>precaución %1</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>all well</source>
        <translation>todo bien</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>Help opened</source>
        <translation>Se abrió la Ayuda</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Angustia</translation>
    </message>
    <message>
        <source>Guidance for the sitter</source>
        <translation>Indicaciones para el acompañante</translation>
    </message>
    <message>
        <source>For the paramedics</source>
        <translation>Para los paramédicos</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderado</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Vomiting</source>
        <translation>Vómitos</translation>
    </message>
    <message>
        <source>Dizziness</source>
        <translation>Mareo</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Dolor de cabeza</translation>
    </message>
    <message>
        <source>Blurred or double vision</source>
        <translation>Visión borrosa o doble</translation>
    </message>
    <message>
        <source>Racing heart</source>
        <translation>Corazón acelerado</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>Confusión</translation>
    </message>
    <message>
        <source>Anxiety or panic</source>
        <translation>Ansiedad o pánico</translation>
    </message>
    <message>
        <source>Bladder pain or urgency</source>
        <translation>Dolor de vejiga o urgencia para orinar</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(discussed with your clinician on %1)</source>
        <translation>(hablado con su profesional clínico el %1)</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesión del %1</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>Also recorded: %1</source>
        <translation>También se registró: %1</translation>
    </message>
    <message>
        <source>To mention to your clinician</source>
        <translation>Para mencionar a su profesional clínico</translation>
    </message>
    <message>
        <source>Session record</source>
        <translation>Registro de la sesión</translation>
    </message>
    <message>
        <source>No dose was taken in this session, so there is no monitoring record.</source>
        <translation>En esta sesión no se tomó ninguna dosis, así que no hay registro de monitoreo.</translation>
    </message>
    <message>
        <source>What your clinician receives about this session, in the order of the monitoring form clinics use.</source>
        <translation>Lo que su profesional clínico recibe sobre esta sesión, en el orden del formulario de monitoreo que usan las clínicas.</translation>
    </message>
    <message>
        <source>Mood %1 of 10, anxiety %2 of 10</source>
        <translation>Estado de ánimo %1 de 10, ansiedad %2 de 10</translation>
    </message>
    <message>
        <source>Intention: %1</source>
        <translation>Intención: %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Checklist answers:</source>
        <translation>Respuestas de la lista de verificación:</translation>
    </message>
    <message>
        <source>No checklist answers.</source>
        <translation>No hay respuestas de la lista de verificación.</translation>
    </message>
    <message>
        <source>Blood pressure and heart rate</source>
        <translation>Presión arterial y frecuencia cardiaca</translation>
    </message>
    <message>
        <source>, heart rate %1</source>
        <translation>, frecuencia cardiaca %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>, SpO2 %1</source>
        <translation>, SpO2 %1</translation>
    </message>
    <message>
        <source>No readings recorded.</source>
        <translation>No hay lecturas registradas.</translation>
    </message>
    <message>
        <source>Sitter check-ins</source>
        <translation>Comprobaciones del acompañante</translation>
    </message>
    <message>
        <source>Due %1, %2</source>
        <translation>Hora prevista %1, %2</translation>
    </message>
    <message>
        <source>No check-ins recorded.</source>
        <translation>No hay comprobaciones registradas.</translation>
    </message>
    <message>
        <source>Help used</source>
        <translation>Uso de la Ayuda</translation>
    </message>
    <message>
        <source>Help was not used.</source>
        <translation>No se usó la Ayuda.</translation>
    </message>
    <message>
        <source>No post-session log.</source>
        <translation>No hay registro posterior a la sesión.</translation>
    </message>
    <message>
        <source>Mood %1, anxiety %2, energy %3, peak intensity %4 (each of 10)</source>
        <translation>Estado de ánimo %1, ansiedad %2, energía %3, intensidad máxima %4 (cada uno sobre 10)</translation>
    </message>
    <message>
        <source>Side effects:</source>
        <translation>Efectos secundarios:</translation>
    </message>
    <message>
        <source>No side effects noted.</source>
        <translation>No se anotaron efectos secundarios.</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>Changed %1 times; last saved %2.</source>
        <translation>Cambios: %1; guardado por última vez el %2.</translation>
    </message>
    <message>
        <source>Changed more than 24 hours after it was made.</source>
        <translation>Cambiado más de 24 horas después de crearse.</translation>
    </message>
    <message>
        <source>Next-day check-in</source>
        <translation>Seguimiento del día siguiente</translation>
    </message>
    <message>
        <source>No next-day check-in.</source>
        <translation>No hay seguimiento del día siguiente.</translation>
    </message>
    <message>
        <source>Skipped (%1).</source>
        <translation>Omitido (%1).</translation>
    </message>
    <message>
        <source>Sleep quality %1 of 10</source>
        <translation>Calidad del sueño %1 de 10</translation>
    </message>
    <message>
        <source>Mood %1 of 10</source>
        <translation>Estado de ánimo %1 de 10</translation>
    </message>
    <message>
        <source>Still lingering: %1</source>
        <translation>Todavía persiste: %1</translation>
    </message>
    <message>
        <source>What stood out: %1</source>
        <translation>Lo que más le llamó la atención: %1</translation>
    </message>
    <message>
        <source>Answered, with nothing noted.</source>
        <translation>Respondido, sin nada anotado.</translation>
    </message>
    <message>
        <source>Benzodiazepines</source>
        <translation>Benzodiazepinas</translation>
    </message>
    <message>
        <source>Other sleeping pills</source>
        <translation>Otras pastillas para dormir</translation>
    </message>
    <message>
        <source>Stimulants</source>
        <translation>Estimulantes</translation>
    </message>
    <message>
        <source>MAOIs</source>
        <translation>IMAO</translation>
    </message>
    <message>
        <source>Opioids</source>
        <translation>Opioides</translation>
    </message>
    <message>
        <source>Under the tongue (sublingual)</source>
        <translation>Debajo de la lengua (sublingual)</translation>
    </message>
    <message>
        <source>Swallowed (oral)</source>
        <translation>Tragado (oral)</translation>
    </message>
    <message>
        <source>Nasal spray (intranasal)</source>
        <translation>Aerosol nasal (intranasal)</translation>
    </message>
    <message>
        <source>Injection into a muscle (intramuscular)</source>
        <translation>Inyección en un músculo (intramuscular)</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>no medido</translation>
    </message>
    <message>
        <source>not asked</source>
        <translation>no se preguntó</translation>
    </message>
    <message>
        <source>%1 mmHg</source>
        <translation>%1 mmHg</translation>
    </message>
    <message>
        <source>%1, at %2</source>
        <translation>%1, a las %2</translation>
    </message>
    <message>
        <source>%1, heart rate %2, at %3</source>
        <translation>%1, frecuencia cardiaca %2, a las %3</translation>
    </message>
    <message>
        <source>Did not pass (last tried at %1)</source>
        <translation>No se superó (último intento a las %1)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation>%1 minutos</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <source>%1 mg</source>
        <translation>%1 mg</translation>
    </message>
    <message>
        <source>Route</source>
        <translation>Vía de administración</translation>
    </message>
    <message>
        <source>Lot number</source>
        <translation>Número de lote</translation>
    </message>
    <message>
        <source>Time of dose</source>
        <translation>Hora de la dosis</translation>
    </message>
    <message>
        <source>Total time monitored</source>
        <translation>Tiempo total de monitoreo</translation>
    </message>
    <message>
        <source>Ready to be left at (recovery check passed)</source>
        <translation>Hora en que ya podía quedarse sin acompañante (verificación de recuperación superada)</translation>
    </message>
    <message>
        <source>Blood pressure at the first re-check</source>
        <translation>Presión arterial en la primera nueva lectura</translation>
    </message>
    <message>
        <source>no re-check in the care plan</source>
        <translation>el plan de cuidados no incluye nueva lectura</translation>
    </message>
    <message>
        <source>Blood pressure at %1</source>
        <translation>Presión arterial a los %1</translation>
    </message>
    <message>
        <source>Vital signs acceptable before the dose</source>
        <translation>Signos vitales aceptables antes de la dosis</translation>
    </message>
    <message>
        <source>Vital signs acceptable at the end</source>
        <translation>Signos vitales aceptables al final</translation>
    </message>
    <message>
        <source>Blood pressure before the dose</source>
        <translation>Presión arterial antes de la dosis</translation>
    </message>
    <message>
        <source>Blood pressure at the end</source>
        <translation>Presión arterial al final</translation>
    </message>
    <message>
        <source>Oxygen level (SpO2), lowest</source>
        <translation>Nivel de oxígeno (SpO2), el más bajo</translation>
    </message>
    <message>
        <source>Oxygen level (SpO2), each reading</source>
        <translation>Nivel de oxígeno (SpO2), cada lectura</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Oxygen level (SpO2)</source>
        <translation>Nivel de oxígeno (SpO2)</translation>
    </message>
    <message>
        <source>No oximeter in the kit</source>
        <translation>No hay oxímetro en el equipo</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Yes (categories not recorded)</source>
        <translation>Sí (categorías no registradas)</translation>
    </message>
    <message>
        <source>Named: %1</source>
        <translation>Nombres: %1</translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake at a check-in (sedation)</source>
        <translation>Mucho sueño o dificultad para despertar en una comprobación (sedación)</translation>
    </message>
    <message>
        <source>Detached or confused at a check-in (dissociation)</source>
        <translation>Desconexión o confusión en una comprobación (disociación)</translation>
    </message>
    <message>
        <source>Breathing slowly or shallowly at a check-in</source>
        <translation>Respiración lenta o superficial en una comprobación</translation>
    </message>
    <message>
        <source>Other medicines today</source>
        <translation>Otros medicamentos hoy</translation>
    </message>
    <message>
        <source>Sitter check-ins confirmed</source>
        <translation>Comprobaciones del acompañante confirmadas</translation>
    </message>
    <message>
        <source>Sitter check-ins missed</source>
        <translation>Comprobaciones del acompañante sin respuesta</translation>
    </message>
    <message>
        <source>Confirmed without the sitter&apos;s code</source>
        <translation>Confirmadas sin el código del acompañante</translation>
    </message>
    <message>
        <source>Ended early, because</source>
        <translation>Terminó antes de tiempo porque</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Mood
before → after</source>
        <translation>Estado de ánimo
antes → después</translation>
    </message>
    <message>
        <source>Blood pressure
before · re-check · end</source>
        <translation>Presión arterial
antes · nueva lectura · final</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Minutes monitored after the dose.</source>
        <translation>Minutos de monitoreo después de la dosis.</translation>
    </message>
    <message>
        <source>Sorts by how much the mood changed.</source>
        <translation>Ordena según cuánto cambió el estado de ánimo.</translation>
    </message>
    <message>
        <source>Sorts by the highest upper (systolic) number of the session.</source>
        <translation>Ordena según el número superior (sistólica) más alto de la sesión.</translation>
    </message>
    <message>
        <source>Sorts by the most serious thing to mention to the clinician, then how many.</source>
        <translation>Ordena según lo más grave que hay que mencionar al profesional clínico y, después, según cuántas cosas hay.</translation>
    </message>
</context>
<context>
    <name>HistoryPage</name>
    <message numerus="yes">
        <source>%n sessions since %1.</source>
        <translation>
            <numerusform>%n sesión desde el %1.</numerusform>
            <numerusform>%n sesiones desde el %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstanceLock</name>
    <message>
        <source>companion is already open with this data folder. Switch to its window (it may be minimised or behind other windows); a second window would run a second session timer on the same vault.</source>
        <translation>companion ya está abierto con esta carpeta de datos. Cambie a su ventana (puede estar minimizada o detrás de otras ventanas); una segunda ventana haría funcionar un segundo temporizador de sesión en la misma bóveda.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>B</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Negrita</translation>
    </message>
    <message>
        <source>Bold (Control+B)</source>
        <translation>Negrita (Control+B)</translation>
    </message>
    <message>
        <source>I</source>
        <translation>K</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Cursiva</translation>
    </message>
    <message>
        <source>Italic (Control+I)</source>
        <translation>Cursiva (Control+I)</translation>
    </message>
    <message>
        <source>Heading</source>
        <translation>Encabezado</translation>
    </message>
    <message>
        <source>Make this line a heading</source>
        <translation>Convertir esta línea en encabezado</translation>
    </message>
    <message>
        <source>• List</source>
        <translation>• Lista</translation>
    </message>
    <message>
        <source>List</source>
        <translation>Lista</translation>
    </message>
    <message>
        <source>Make this line part of a list</source>
        <translation>Incluir esta línea en una lista</translation>
    </message>
    <message>
        <source>Intention before a session</source>
        <translation>Intención antes de una sesión</translation>
    </message>
    <message>
        <source>Integration after a session</source>
        <translation>Integración después de una sesión</translation>
    </message>
    <message>
        <source>The day after a session</source>
        <translation>El día después de una sesión</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>mood %1</source>
        <translation>estado de ánimo %1</translation>
    </message>
    <message>
        <source>shared with your clinician</source>
        <translation>compartida con su profesional clínico</translation>
    </message>
    <message>
        <source>deleted %1</source>
        <translation>eliminada el %1</translation>
    </message>
    <message>
        <source>This entry is empty now. Write something, or delete it.</source>
        <translation>Esta entrada ahora está vacía. Escriba algo o elimínela.</translation>
    </message>
    <message>
        <source>There is nothing to save yet. Write a title or a few words first.</source>
        <translation>Todavía no hay nada que guardar. Primero escriba un título o unas palabras.</translation>
    </message>
    <message>
        <source>Moved to the trash. It is kept there 30 days, and you can restore it until then.</source>
        <translation>Se movió a la papelera. Se guarda allí 30 días y puede restaurarla hasta entonces.</translation>
    </message>
    <message>
        <source>Shared with your clinician: it can be included in an export you make.</source>
        <translation>Compartida con su profesional clínico: se puede incluir en una exportación que usted haga.</translation>
    </message>
    <message>
        <source>Not shared.</source>
        <translation>No compartida.</translation>
    </message>
    <message>
        <source>Discard draft</source>
        <translation>Descartar borrador</translation>
    </message>
    <message>
        <source>Discard the recovered draft</source>
        <translation>Descartar el borrador recuperado</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Title (optional)</source>
        <translation>Título (opcional)</translation>
    </message>
    <message>
        <source>What you write</source>
        <translation>Lo que escribe</translation>
    </message>
    <message>
        <source>Write as much or as little as you like.</source>
        <translation>Escriba tanto o tan poco como quiera.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Tags, separated by commas (optional)</source>
        <translation>Etiquetas, separadas por comas (opcional)</translation>
    </message>
    <message>
        <source>Mood (optional)</source>
        <translation>Estado de ánimo (opcional)</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>No mood noted</source>
        <translation>Sin estado de ánimo anotado</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy bueno</translation>
    </message>
    <message>
        <source>Share with my clinician</source>
        <translation>Compartir con mi profesional clínico</translation>
    </message>
    <message>
        <source>Off unless you turn it on. A shared entry only leaves this computer in an export you make and choose to include it in.</source>
        <translation>Desactivado a menos que usted lo active. Una entrada compartida solo sale de esta computadora en una exportación que usted haga y en la que decida incluirla.</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Save the entry</source>
        <translation>Guardar la entrada</translation>
    </message>
    <message>
        <source>Save (Control+S)</source>
        <translation>Guardar (Control+S)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>This entry is too long to keep in one piece. Move part of it into a new entry, then save.</source>
        <translation>Esta entrada es demasiado larga para guardarla entera. Pase una parte a una nueva entrada y luego guarde.</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Recovered what you were writing on %1 at %2.</source>
        <translation>Se recuperó lo que estaba escribiendo el %1 a las %2.</translation>
    </message>
    <message>
        <source>Saved at %1.</source>
        <translation>Guardado a las %1.</translation>
    </message>
    <message>
        <source>Linked to a session: %1</source>
        <translation>Vinculada a una sesión: %1</translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation>Escrita el %1</translation>
    </message>
    <message>
        <source>changed %1</source>
        <translation>cambiada el %1</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Discard the new entry</source>
        <translation>Descartar la nueva entrada</translation>
    </message>
    <message>
        <source>Delete the entry</source>
        <translation>Eliminar la entrada</translation>
    </message>
    <message>
        <source>Moves it to the trash, where it is kept 30 days.</source>
        <translation>La mueve a la papelera, donde se guarda 30 días.</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Cualquier fecha</translation>
    </message>
    <message>
        <source>The last 7 days</source>
        <translation>Los últimos 7 días</translation>
    </message>
    <message>
        <source>The last 30 days</source>
        <translation>Los últimos 30 días</translation>
    </message>
    <message>
        <source>The last 3 months</source>
        <translation>Los últimos 3 meses</translation>
    </message>
    <message>
        <source>The last 12 months</source>
        <translation>Los últimos 12 meses</translation>
    </message>
    <message>
        <source>Between two dates…</source>
        <translation>Entre dos fechas…</translation>
    </message>
    <message>
        <source>Search the journal</source>
        <translation>Buscar en el diario</translation>
    </message>
    <message>
        <source>Search (Control+F)</source>
        <translation>Buscar (Control+F)</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Shared only</source>
        <translation>Solo compartidas</translation>
    </message>
    <message>
        <source>Show only entries shared with my clinician</source>
        <translation>Mostrar solo las entradas compartidas con mi profesional clínico</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Show the trash</source>
        <translation>Mostrar la papelera</translation>
    </message>
    <message>
        <source>Deleted entries, kept 30 days</source>
        <translation>Entradas eliminadas, se guardan 30 días</translation>
    </message>
    <message>
        <source>All tags</source>
        <translation>Todas las etiquetas</translation>
    </message>
    <message>
        <source>Delete for good?</source>
        <translation>¿Eliminar definitivamente?</translation>
    </message>
    <message>
        <source>This entry and its earlier versions will be removed for good. This cannot be undone.</source>
        <translation>Esta entrada y sus versiones anteriores se eliminarán definitivamente. Esto no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete for good</source>
        <translation>Eliminar definitivamente</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Conservarla</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>Start a new entry (Control+N)</source>
        <translation>Empezar una nueva entrada (Control+N)</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>The %1 best matches.</source>
        <translation>Los %1 mejores resultados.</translation>
    </message>
    <message>
        <source>One entry found.</source>
        <translation>Se encontró una entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries found.</source>
        <translation>
            <numerusform>Se encontró %Ln entrada.</numerusform>
            <numerusform>Se encontraron %Ln entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>One entry.</source>
        <translation>Una entrada.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entries.</source>
        <translation>
            <numerusform>%Ln entrada.</numerusform>
            <numerusform>%Ln entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The trash is empty. Deleted entries stay here for 30 days.</source>
        <translation>La papelera está vacía. Las entradas eliminadas se quedan aquí 30 días.</translation>
    </message>
    <message>
        <source>Nothing matches. Try other words, or clear the filters.</source>
        <translation>No hay resultados. Pruebe con otras palabras o quite los filtros.</translation>
    </message>
    <message>
        <source>No entries yet — write the first one. “New entry” (Control+N) offers a few prompts to begin with.</source>
        <translation>Todavía no hay entradas — escriba la primera. “Nueva entrada” (Control+N) ofrece algunas sugerencias para empezar.</translation>
    </message>
    <message>
        <source>Choose an entry on the left, or start a new one (Control+N).</source>
        <translation>Elija una entrada a la izquierda o empiece una nueva (Control+N).</translation>
    </message>
    <message>
        <source>Before your session: what would you like to bring with you?</source>
        <translation>Antes de su sesión: ¿qué le gustaría llevar consigo?</translation>
    </message>
    <message>
        <source>After your session: take your time. A prompt can help you begin.</source>
        <translation>Después de su sesión: tómese su tiempo. Una sugerencia puede ayudarle a empezar.</translation>
    </message>
    <message>
        <source>The day after: how is it settling?</source>
        <translation>El día después: ¿cómo se va asentando?</translation>
    </message>
    <message>
        <source>A prompt can help you begin, or you can write freely.</source>
        <translation>Una sugerencia puede ayudarle a empezar, o puede escribir libremente.</translation>
    </message>
    <message>
        <source>Start an entry</source>
        <translation>Empezar una entrada</translation>
    </message>
    <message>
        <source>Prompts</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Begin with this prompt</source>
        <translation>Empezar con esta sugerencia</translation>
    </message>
    <message>
        <source>Begin with the chosen prompt</source>
        <translation>Empezar con la sugerencia elegida</translation>
    </message>
    <message>
        <source>Write freely</source>
        <translation>Escribir libremente</translation>
    </message>
    <message>
        <source>Write freely, without a prompt</source>
        <translation>Escribir libremente, sin sugerencia</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Deleted entries are kept %1 days, then removed for good. Restore one to bring it back to your journal.</source>
        <translation>Las entradas eliminadas se guardan %1 días y luego se eliminan definitivamente. Restaure una para devolverla a su diario.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
    <message>
        <source>Restore the entry</source>
        <translation>Restaurar la entrada</translation>
    </message>
    <message>
        <source>Delete now…</source>
        <translation>Eliminar ahora…</translation>
    </message>
    <message>
        <source>Delete the entry now, for good</source>
        <translation>Eliminar la entrada ahora, definitivamente</translation>
    </message>
    <message>
        <source>Written %1 · deleted %2 · removed for good after %3</source>
        <translation>Escrita el %1 · eliminada el %2 · se borra definitivamente después del %3</translation>
    </message>
</context>
<context>
    <name>JournalPrompts</name>
    <message>
        <source>How are you arriving today, in your body and in your mind?</source>
        <translation>¿Cómo llega hoy, en su cuerpo y en su mente?</translation>
    </message>
    <message>
        <source>What would you like to bring into this session, if anything?</source>
        <translation>¿Qué le gustaría traer a esta sesión, si es que hay algo?</translation>
    </message>
    <message>
        <source>If you chose one word to carry with you today, what would it be?</source>
        <translation>Si eligiera una palabra para llevar consigo hoy, ¿cuál sería?</translation>
    </message>
    <message>
        <source>Is there something you would like to set down for a while?</source>
        <translation>¿Hay algo que le gustaría dejar a un lado por un tiempo?</translation>
    </message>
    <message>
        <source>What would being kind to yourself look like during this session?</source>
        <translation>¿Cómo sería tratarse con amabilidad durante esta sesión?</translation>
    </message>
    <message>
        <source>What are you curious about right now?</source>
        <translation>¿Qué le despierta curiosidad en este momento?</translation>
    </message>
    <message>
        <source>What helps you feel steady? A breath, a sound, a person, a memory?</source>
        <translation>¿Qué le ayuda a sentirse estable? ¿Una respiración, un sonido, una persona, un recuerdo?</translation>
    </message>
    <message>
        <source>Write whatever is on your mind before you begin. There is no right way to do this.</source>
        <translation>Escriba lo que tenga en mente antes de empezar. No hay una forma correcta de hacerlo.</translation>
    </message>
    <message>
        <source>What is the first thing you remember from the session?</source>
        <translation>¿Qué es lo primero que recuerda de la sesión?</translation>
    </message>
    <message>
        <source>Were there images, colours, sounds or feelings that stayed with you?</source>
        <translation>¿Hubo imágenes, colores, sonidos o sensaciones que se le quedaron grabados?</translation>
    </message>
    <message>
        <source>How does your body feel now, compared with before?</source>
        <translation>¿Cómo se siente su cuerpo ahora, en comparación con antes?</translation>
    </message>
    <message>
        <source>Did anything surprise you?</source>
        <translation>¿Algo le sorprendió?</translation>
    </message>
    <message>
        <source>How did the session meet the intention you set, if you set one?</source>
        <translation>Si se propuso una intención, ¿cómo se relacionó la sesión con ella?</translation>
    </message>
    <message>
        <source>Is there something from today you would like to keep hold of?</source>
        <translation>¿Hay algo de hoy que le gustaría conservar?</translation>
    </message>
    <message>
        <source>Was anything difficult? You can write as much or as little about it as you like.</source>
        <translation>¿Hubo algo difícil? Puede escribir sobre ello tanto o tan poco como quiera.</translation>
    </message>
    <message>
        <source>A few words are enough. What would you like to remember about today?</source>
        <translation>Bastan unas pocas palabras. ¿Qué le gustaría recordar de hoy?</translation>
    </message>
    <message>
        <source>How did you sleep, and how did you wake up?</source>
        <translation>¿Cómo durmió y cómo se despertó?</translation>
    </message>
    <message>
        <source>What is different this morning, even slightly?</source>
        <translation>¿Qué es distinto esta mañana, aunque sea un poco?</translation>
    </message>
    <message>
        <source>Looking back on yesterday, what stands out now?</source>
        <translation>Al pensar en el día de ayer, ¿qué es lo que más destaca ahora?</translation>
    </message>
    <message>
        <source>Has anything settled overnight, or is something still moving?</source>
        <translation>¿Se ha asentado algo durante la noche, o hay algo que todavía se está moviendo?</translation>
    </message>
    <message>
        <source>Is there a small thing you would like to do today to look after yourself?</source>
        <translation>¿Hay algo pequeño que le gustaría hacer hoy para cuidarse?</translation>
    </message>
    <message>
        <source>Is there anything you would like to talk about with someone you trust?</source>
        <translation>¿Hay algo de lo que le gustaría hablar con alguien de confianza?</translation>
    </message>
    <message>
        <source>What, if anything, are you grateful for this morning?</source>
        <translation>¿Hay algo que agradezca esta mañana?</translation>
    </message>
    <message>
        <source>What do you notice in your thoughts and feelings today?</source>
        <translation>¿Qué nota hoy en sus pensamientos y sentimientos?</translation>
    </message>
    <message>
        <source>Write whatever you like.</source>
        <translation>Escriba lo que quiera.</translation>
    </message>
    <message>
        <source>What happened today that you would like to remember?</source>
        <translation>¿Qué pasó hoy que le gustaría recordar?</translation>
    </message>
    <message>
        <source>How are you feeling right now, and where do you feel it?</source>
        <translation>¿Cómo se siente en este momento y dónde lo siente?</translation>
    </message>
    <message>
        <source>Describe a moment from this week that stayed with you.</source>
        <translation>Describa un momento de esta semana que se le haya quedado grabado.</translation>
    </message>
    <message>
        <source>Have you noticed any change in yourself lately, large or small?</source>
        <translation>¿Ha notado algún cambio en usted últimamente, grande o pequeño?</translation>
    </message>
    <message>
        <source>Who or what has supported you recently?</source>
        <translation>¿Quién o qué le ha apoyado últimamente?</translation>
    </message>
    <message>
        <source>Write a few lines to yourself, as you would to a good friend.</source>
        <translation>Escríbase unas líneas, como le escribiría a una buena amistad.</translation>
    </message>
    <message>
        <source>What are you looking forward to, or wondering about?</source>
        <translation>¿Qué espera con ganas, o qué se está preguntando?</translation>
    </message>
</context>
<context>
    <name>JournalTexts</name>
    <message>
        <source>A tag can be at most %1 characters long.</source>
        <translation>Una etiqueta puede tener como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>Tags can contain only letters, digits, &quot;-&quot; and &quot;_&quot;, separated by commas.</source>
        <translation>Las etiquetas solo pueden contener letras, dígitos, &quot;-&quot; y &quot;_&quot;, separadas por comas.</translation>
    </message>
    <message>
        <source>An entry can have at most %1 tags.</source>
        <translation>Una entrada puede tener como máximo %1 etiquetas.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <source>companion switches to this language the next time it starts.</source>
        <translation>companion cambiará a este idioma la próxima vez que se inicie.</translation>
    </message>
    <message>
        <source>companion switches to this language the next time it starts. Your vault has not been created yet, so nothing is lost if you close companion now and open it again to set up in this language.</source>
        <translation>companion cambiará a este idioma la próxima vez que se inicie. Su bóveda aún no se ha creado, así que no pierde nada si cierra companion ahora y lo vuelve a abrir para configurarlo en este idioma.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <translation>Idioma del sistema (%1)</translation>
    </message>
    <message>
        <source>This copy of companion has no translation into %1.</source>
        <translation>Esta copia de companion no tiene traducción al idioma %1.</translation>
    </message>
</context>
<context>
    <name>MainShell</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Use the arrow keys, or Control with a number, to move between sections.</source>
        <translation>Use las teclas de flecha, o Control con un número, para moverse entre secciones.</translation>
    </message>
    <message>
        <source>Control+%1</source>
        <translation>Control+%1</translation>
    </message>
    <message>
        <source>Lock now</source>
        <translation>Bloquear ahora</translation>
    </message>
    <message>
        <source>Lock the vault (Control+L)</source>
        <translation>Bloquear la bóveda (Control+L)</translation>
    </message>
</context>
<context>
    <name>Medicines</name>
    <message>
        <source>benzodiazepines</source>
        <translation>benzodiacepinas</translation>
    </message>
    <message>
        <source>other sleeping pills</source>
        <translation>otras pastillas para dormir</translation>
    </message>
    <message>
        <source>stimulants</source>
        <translation>estimulantes</translation>
    </message>
    <message>
        <source>MAOIs</source>
        <translation>IMAO</translation>
    </message>
    <message>
        <source>opioids</source>
        <translation>opioides</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <source>New passphrase</source>
        <translation>Nueva frase de contraseña</translation>
    </message>
    <message>
        <source>Use at least %1 characters. A few unrelated words with spaces make a passphrase that is strong and easy to remember.</source>
        <translation>Use al menos %1 caracteres. Unas cuantas palabras sin relación entre sí, separadas por espacios, forman una frase de contraseña segura y fácil de recordar.</translation>
    </message>
    <message>
        <source>Why this passphrase cannot be used yet</source>
        <translation>Por qué aún no se puede usar esta frase de contraseña</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Escríbala otra vez</translation>
    </message>
    <message>
        <source>Repeat the new passphrase</source>
        <translation>Repita la nueva frase de contraseña</translation>
    </message>
    <message>
        <source>%1 characters (at least %2)</source>
        <translation>%1 caracteres (al menos %2)</translation>
    </message>
    <message>
        <source>The two passphrases are not the same yet.</source>
        <translation>Las dos frases de contraseña todavía no son iguales.</translation>
    </message>
    <message>
        <source>Both passphrases match.</source>
        <translation>Las dos frases de contraseña coinciden.</translation>
    </message>
</context>
<context>
    <name>NoticeBanner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Descartar el aviso</translation>
    </message>
</context>
<context>
    <name>OlderBackupsPage</name>
    <message>
        <source>Your passphrase is changed</source>
        <translation>Se cambió su frase de contraseña</translation>
    </message>
    <message>
        <source>Your vault is now encrypted with a new key, so the old passphrase no longer opens it. A new backup was made just now with the new passphrase.</source>
        <translation>Su bóveda ahora está cifrada con una clave nueva, así que la frase de contraseña anterior ya no la abre. Se acaba de hacer una nueva copia de seguridad con la nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>One backup made before this change still opens with the old passphrase. If someone may know the old passphrase, delete it.</source>
        <translation>Una copia de seguridad hecha antes de este cambio todavía se abre con la frase de contraseña anterior. Si es posible que alguien conozca la frase de contraseña anterior, elimínela.</translation>
    </message>
    <message numerus="yes">
        <source>%n backups made before this change still open with the old passphrase. If someone may know the old passphrase, delete them.</source>
        <translation>
            <numerusform>%n copia de seguridad hecha antes de este cambio todavía se abre con la frase de contraseña anterior. Si es posible que alguien conozca la frase de contraseña anterior, elimínela.</numerusform>
            <numerusform>%n copias de seguridad hechas antes de este cambio todavía se abren con la frase de contraseña anterior. Si es posible que alguien conozca la frase de contraseña anterior, elimínelas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the older backups</source>
        <translation>Eliminar las copias de seguridad anteriores</translation>
    </message>
    <message>
        <source>Delete the backups made before this change</source>
        <translation>Eliminar las copias de seguridad hechas antes de este cambio</translation>
    </message>
    <message>
        <source>Keep them</source>
        <translation>Conservarlas</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
</context>
<context>
    <name>Paramedics</name>
    <message>
        <source>, heart rate %1</source>
        <translation>, frecuencia cardiaca %1</translation>
    </message>
    <message>
        <source>, SpO2 %1 %</source>
        <translation>, SpO2 %1 %</translation>
    </message>
    <message>
        <source>none taken yet</source>
        <translation>aún no se ha tomado ninguna</translation>
    </message>
    <message>
        <source>at %1: %2</source>
        <translation>a las %1: %2</translation>
    </message>
    <message>
        <source>before the dose, at %1: %2</source>
        <translation>antes de la dosis, a las %1: %2</translation>
    </message>
    <message>
        <source>not in the care plan — say it yourself</source>
        <translation>no está en el plan de cuidados — dígalo usted</translation>
    </message>
    <message>
        <source>%1 mg of %2, %3</source>
        <translation>%1 mg de %2, %3</translation>
    </message>
    <message>
        <source>not taken yet</source>
        <translation>todavía no se ha tomado</translation>
    </message>
    <message>
        <source>%1 (%2 ago)</source>
        <translation>%1 (hace %2)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Taken at</source>
        <translation>Hora en que se tomó</translation>
    </message>
    <message>
        <source>Latest readings</source>
        <translation>Últimas lecturas</translation>
    </message>
    <message>
        <source>Other medicines today</source>
        <translation>Otros medicamentos hoy</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ninguno registrado</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show passphrase</source>
        <translation>Mostrar la frase de contraseña</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ocultar la frase de contraseña</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Elija una frase de contraseña</translation>
    </message>
    <message>
        <source>You will type this passphrase each time you open companion. Choose something only you know — a short sentence or a few unrelated words works well.</source>
        <translation>Usted escribirá esta frase de contraseña cada vez que abra companion. Elija algo que solo usted sepa — una oración corta o unas cuantas palabras sin relación entre sí funcionan bien.</translation>
    </message>
    <message>
        <source>Protecting your vault — this takes a second or two.</source>
        <translation>Protegiendo su bóveda — esto tarda uno o dos segundos.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Create vault</source>
        <translation>Crear la bóveda</translation>
    </message>
</context>
<context>
    <name>PassphraseReasons</name>
    <message>
        <source>This is a commonly used passphrase.</source>
        <translation>Esta es una frase de contraseña de uso común.</translation>
    </message>
    <message>
        <source>This is one character repeated; use several unrelated words.</source>
        <translation>Es un solo carácter repetido; use varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This repeats the same word or pattern; use several different words.</source>
        <translation>Repite la misma palabra o el mismo patrón; use varias palabras diferentes.</translation>
    </message>
    <message>
        <source>This is a simple sequence like 12345 or abcde; use several unrelated words.</source>
        <translation>Es una secuencia simple como 12345 o abcde; use varias palabras sin relación entre sí.</translation>
    </message>
    <message>
        <source>This is made only of words linked to this app or to you; add unrelated words of your own.</source>
        <translation>Solo tiene palabras relacionadas con esta aplicación o con usted; agregue palabras propias sin relación con ellas.</translation>
    </message>
    <message>
        <source>This would be easy to guess.</source>
        <translation>Sería fácil de adivinar.</translation>
    </message>
    <message>
        <source>Add another word or two; uncommon words are better.</source>
        <translation>Agregue una o dos palabras más; las palabras poco comunes son mejores.</translation>
    </message>
    <message>
        <source>Straight rows of keys are easy to guess.</source>
        <translation>Las filas seguidas de teclas son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Short keyboard patterns are easy to guess.</source>
        <translation>Los patrones cortos del teclado son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;aaa&quot; are easy to guess.</source>
        <translation>Las repeticiones como &quot;aaa&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Repeats like &quot;abcabcabc&quot; are only slightly harder to guess than &quot;abc&quot;.</source>
        <translation>Las repeticiones como &quot;abcabcabc&quot; son solo un poco más difíciles de adivinar que &quot;abc&quot;.</translation>
    </message>
    <message>
        <source>Sequences like &quot;abc&quot; or &quot;6543&quot; are easy to guess.</source>
        <translation>Las secuencias como &quot;abc&quot; o &quot;6543&quot; son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Recent years are easy to guess.</source>
        <translation>Los años recientes son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Dates are often easy to guess.</source>
        <translation>Las fechas suelen ser fáciles de adivinar.</translation>
    </message>
    <message>
        <source>A word by itself is easy to guess.</source>
        <translation>Una palabra sola es fácil de adivinar.</translation>
    </message>
    <message>
        <source>Names and surnames by themselves are easy to guess.</source>
        <translation>Los nombres y apellidos solos son fáciles de adivinar.</translation>
    </message>
    <message>
        <source>Use at least %1 characters; this has %2.</source>
        <translation>Use al menos %1 caracteres; esta tiene %2.</translation>
    </message>
    <message>
        <source>Use at most %1 characters; this has %2.</source>
        <translation>Use como máximo %1 caracteres; esta tiene %2.</translation>
    </message>
</context>
<context>
    <name>PatientsPage</name>
    <message>
        <source>Your patients</source>
        <translation>Sus pacientes</translation>
    </message>
    <message>
        <source>Display…</source>
        <translation>Pantalla…</translation>
    </message>
    <message>
        <source>The desk&apos;s text size and theme</source>
        <translation>El tamaño del texto y el tema del escritorio</translation>
    </message>
    <message>
        <source>Open an export folder…</source>
        <translation>Abrir una carpeta de exportación…</translation>
    </message>
    <message>
        <source>Open a zipped export…</source>
        <translation>Abrir una exportación en zip…</translation>
    </message>
    <message>
        <source>Add a patient…</source>
        <translation>Agregar un paciente…</translation>
    </message>
    <message>
        <source>From their first export (a folder)…</source>
        <translation>Desde su primera exportación (una carpeta)…</translation>
    </message>
    <message>
        <source>From their first export (a .zip)…</source>
        <translation>Desde su primera exportación (un .zip)…</translation>
    </message>
    <message>
        <source>From their patient.pub file…</source>
        <translation>Desde su archivo patient.pub…</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Procesando</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>What was done</source>
        <translation>Lo que se hizo</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>No patients yet. Add a patient from their first export or their patient.pub file, after you have confirmed its fingerprint with them (they read it from their Settings page).</source>
        <translation>Aún no hay pacientes. Agregue un paciente desde su primera exportación o su archivo patient.pub, después de confirmar la huella con él (la lee en su página de Configuración).</translation>
    </message>
    <message>
        <source>Show their exports</source>
        <translation>Ver sus exportaciones</translation>
    </message>
    <message>
        <source>Write a care plan…</source>
        <translation>Escribir un plan de cuidados…</translation>
    </message>
    <message>
        <source>A care-plan file for the selected patient, signed with your key</source>
        <translation>Un archivo de plan de cuidados para el paciente seleccionado, firmado con su clave</translation>
    </message>
    <message>
        <source>Desk of %1 · your signing key %2</source>
        <translation>Escritorio de %1 · su clave de firma %2</translation>
    </message>
    <message>
        <source>%1&apos;s signed care plan was saved as %2</source>
        <translation>El plan de cuidados firmado de %1 se guardó como %2</translation>
    </message>
</context>
<context>
    <name>PlanChangeList</name>
    <message>
        <source>What the patient will see change</source>
        <translation>Lo que el paciente verá cambiar</translation>
    </message>
    <message>
        <source>The latest export holds no care plan: the patient will see every field as new (%1).</source>
        <translation>La última exportación no contiene un plan de cuidados: el paciente verá todos los campos como nuevos (%1).</translation>
    </message>
    <message>
        <source>No changes against the latest export: the patient will see the same plan, signed by you.</source>
        <translation>Sin cambios respecto a la última exportación: el paciente verá el mismo plan, firmado por usted.</translation>
    </message>
    <message>
        <source>What the patient will see change (%1):</source>
        <translation>Lo que el paciente verá cambiar (%1):</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Save recovery key as PDF</source>
        <translation>Guardar la clave de recuperación como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Su clave de recuperación</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key is the only way back into your vault. It is shown only this once. Write it down on paper, or save it as a PDF and print it, and keep it somewhere safe and private.</source>
        <translation>Si alguna vez olvida su frase de contraseña, esta clave es la única manera de volver a entrar en su bóveda. Se muestra solo esta vez. Anótela en papel, o guárdela como PDF e imprímala, y consérvela en un lugar seguro y privado.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>There is no Copy button on purpose: programs that remember what you copy could keep the key where someone else might find it.</source>
        <translation>No hay un botón Copiar a propósito: los programas que recuerdan lo que usted copia podrían guardar la clave donde otra persona podría encontrarla.</translation>
    </message>
    <message>
        <source>I have written it down or printed it</source>
        <translation>La anoté o la imprimí</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Saving the PDF…</source>
        <translation>Guardando el PDF…</translation>
    </message>
    <message>
        <source>The PDF could not be saved there. Try another folder, or write the key down instead.</source>
        <translation>No se pudo guardar el PDF ahí. Pruebe con otra carpeta o, en su lugar, anote la clave.</translation>
    </message>
    <message>
        <source>Saved as %1. Print it, keep the paper somewhere safe, then delete the file.</source>
        <translation>Se guardó como %1. Imprímalo, guarde el papel en un lugar seguro y luego elimine el archivo.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPdf</name>
    <message>
        <source>This key opens your companion vault if you ever forget your passphrase.</source>
        <translation>Esta clave abre su bóveda de companion si alguna vez olvida su frase de contraseña.</translation>
    </message>
    <message>
        <source>Keep this paper somewhere safe and private, as you would a passport. Anyone who has this key and your computer could read your vault.</source>
        <translation>Guarde este papel en un lugar seguro y privado, como lo haría con un pasaporte. Cualquier persona que tenga esta clave y su computadora podría leer su bóveda.</translation>
    </message>
    <message>
        <source>To use it: on the unlock screen choose “Forgot your passphrase? Use your recovery key”, type the key (spaces, dashes and capital letters do not matter), then choose a new passphrase.</source>
        <translation>Para usarla: en la pantalla de desbloqueo, elija “¿Olvidó su frase de contraseña? Usar su clave de recuperación”, escriba la clave (los espacios, los guiones y las mayúsculas no importan) y luego elija una nueva frase de contraseña.</translation>
    </message>
    <message>
        <source>If you saved this page as a file, delete the file once it is printed.</source>
        <translation>Si guardó esta página como archivo, elimine el archivo una vez que la imprima.</translation>
    </message>
    <message>
        <source>companion — recovery key</source>
        <translation>companion — clave de recuperación</translation>
    </message>
    <message>
        <source>Made on %1</source>
        <translation>Creada el %1</translation>
    </message>
    <message>
        <source>companion recovery key</source>
        <translation>clave de recuperación de companion</translation>
    </message>
</context>
<context>
    <name>RecoveryScreen</name>
    <message>
        <source>Use your recovery key</source>
        <translation>Usar su clave de recuperación</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down or printed when you set up companion. Spaces, dashes and capital letters do not matter.</source>
        <translation>Escriba la clave de recuperación que anotó o imprimió cuando configuró companion. Los espacios, los guiones y las mayúsculas no importan.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clave de recuperación</translation>
    </message>
    <message>
        <source>Recovery key check</source>
        <translation>Verificación de la clave de recuperación</translation>
    </message>
    <message>
        <source>Then choose a new passphrase. It replaces the one you forgot.</source>
        <translation>Luego elija una nueva frase de contraseña. Reemplaza la que olvidó.</translation>
    </message>
    <message>
        <source>Checking your recovery key and protecting your vault — this takes a few seconds.</source>
        <translation>Verificando su clave de recuperación y protegiendo su bóveda — esto tarda unos segundos.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Set new passphrase and unlock</source>
        <translation>Establecer la nueva frase de contraseña y desbloquear</translation>
    </message>
    <message>
        <source>%1 of %2 characters</source>
        <translation>%1 de %2 caracteres</translation>
    </message>
    <message>
        <source>That is more than %1 characters. Check for an extra one.</source>
        <translation>Son más de %1 caracteres. Revise si hay uno de más.</translation>
    </message>
    <message>
        <source>This key has a typo. Check each group against your copy.</source>
        <translation>Esta clave tiene un error de escritura. Compare cada grupo con su copia.</translation>
    </message>
    <message>
        <source>This key is typed correctly.</source>
        <translation>Esta clave está escrita correctamente.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Questions: %1. Answers: %2.</source>
        <translation>Preguntas: %1. Respuestas: %2.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>(ack.)</source>
        <translation>(conf.)</translation>
    </message>
    <message>
        <source>stop</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>caution</source>
        <translation>precaución</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>preparar</translation>
    </message>
    <message>
        <source>no longer asked</source>
        <translation>ya no se pregunta</translation>
    </message>
    <message>
        <source>Checklist answers before each session</source>
        <translation>Respuestas de la lista de verificación antes de cada sesión</translation>
    </message>
    <message>
        <source>No checklist answers.</source>
        <translation>No hay respuestas de la lista de verificación.</translation>
    </message>
    <message>
        <source>Bold: the answer that stops a session (stop) or needs an acknowledgement to go on (caution); ack.: acknowledged. The questions:%1</source>
        <translation>Negrita: la respuesta que detiene una sesión (alto) o que requiere confirmación para continuar (precaución); conf.: confirmada. Las preguntas:%1</translation>
    </message>
    <message>
        <source>Before and after each session (patient&apos;s ratings, 0–10)</source>
        <translation>Antes y después de cada sesión (valoraciones del paciente, 0–10)</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Band</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Diff.</source>
        <translation>Dific.</translation>
    </message>
    <message>
        <source>Mood before → after</source>
        <translation>Estado de ánimo antes → después</translation>
    </message>
    <message>
        <source>Anxiety before → after</source>
        <translation>Ansiedad antes → después</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Side effects</source>
        <translation>Efectos secundarios</translation>
    </message>
    <message>
        <source>Next day: sleep, mood</source>
        <translation>Día siguiente: sueño, estado de ánimo</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>changed more than 24 h later</source>
        <translation>modificado más de 24 h después</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>Journal entries shared by the patient</source>
        <translation>Entradas del diario compartidas por el paciente</translation>
    </message>
    <message>
        <source>shared by patient</source>
        <translation>compartida por el paciente</translation>
    </message>
    <message>
        <source>(edited %1)</source>
        <translation>(editada el %1)</translation>
    </message>
    <message>
        <source>The care plan in force</source>
        <translation>El plan de cuidados vigente</translation>
    </message>
    <message>
        <source>No care plan was set.</source>
        <translation>No se estableció ningún plan de cuidados.</translation>
    </message>
    <message>
        <source>Imported from a care-plan file issued and signed by %1 with the key %3; in force since %2.</source>
        <translation>Importado de un archivo de plan de cuidados emitido y firmado por %1 con la clave %3; vigente desde el %2.</translation>
    </message>
    <message>
        <source>Imported from an unsigned care-plan file issued by %1; in force since %2.</source>
        <translation>Importado de un archivo de plan de cuidados sin firmar emitido por %1; vigente desde el %2.</translation>
    </message>
    <message>
        <source>an unnamed issuer</source>
        <translation>un emisor sin nombre</translation>
    </message>
    <message>
        <source>Entered by the patient in the app; in force since %2.</source>
        <translation>Ingresado por el paciente en la aplicación; vigente desde el %2.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Where the default comes from</source>
        <translation>De dónde viene el valor predeterminado</translation>
    </message>
    <message>
        <source>Scoring rules</source>
        <translation>Reglas de puntuación</translation>
    </message>
    <message>
        <source>Patient-reported, not clinically verified.</source>
        <translation>Informado por el paciente, sin verificación clínica.</translation>
    </message>
    <message>
        <source>Appendix</source>
        <translation>Apéndice</translation>
    </message>
    <message>
        <source>Questionnaire answers, item by item</source>
        <translation>Respuestas a los cuestionarios, ítem por ítem</translation>
    </message>
    <message>
        <source>No questionnaires in this period.</source>
        <translation>No hay cuestionarios en este período.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>session day</source>
        <translation>día de sesión</translation>
    </message>
    <message>
        <source>baseline %1</source>
        <translation>basal %1</translation>
    </message>
    <message>
        <source>%1 = baseline − 5 (minimal important difference)</source>
        <translation>%1 = basal − 5 (diferencia mínima importante)</translation>
    </message>
    <message>
        <source>%1 over time</source>
        <translation>%1 a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No %1 in this period.</source>
        <translation>No hay %1 en este período.</translation>
    </message>
    <message>
        <source>before the session</source>
        <translation>antes de la sesión</translation>
    </message>
    <message>
        <source>after it (post-session log)</source>
        <translation>después (registro posterior a la sesión)</translation>
    </message>
    <message>
        <source>Mood before and after each session (0–10, higher is better)</source>
        <translation>Estado de ánimo antes y después de cada sesión (0–10, más alto es mejor)</translation>
    </message>
    <message>
        <source>No moods recorded in this period.</source>
        <translation>No hay estados de ánimo registrados en este período.</translation>
    </message>
    <message>
        <source>at %1 min</source>
        <translation>a los %1 min</translation>
    </message>
    <message>
        <source>at the re-check</source>
        <translation>en la nueva lectura</translation>
    </message>
    <message>
        <source>systolic</source>
        <translation>sistólica</translation>
    </message>
    <message>
        <source>diastolic</source>
        <translation>diastólica</translation>
    </message>
    <message>
        <source>before the dose</source>
        <translation>antes de la dosis</translation>
    </message>
    <message>
        <source>at the end</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>limits: urgent</source>
        <translation>límites: urgente</translation>
    </message>
    <message>
        <source>do not start</source>
        <translation>no empezar</translation>
    </message>
    <message>
        <source>Blood pressure per session (mmHg)</source>
        <translation>Presión arterial por sesión (mmHg)</translation>
    </message>
    <message>
        <source>urgent %1</source>
        <translation>urgente %1</translation>
    </message>
    <message>
        <source>do not start %1</source>
        <translation>no empezar %1</translation>
    </message>
    <message>
        <source>caution %1</source>
        <translation>precaución %1</translation>
    </message>
    <message>
        <source>No blood pressure readings in this period.</source>
        <translation>No hay lecturas de presión arterial en este período.</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublingual</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>intranasal</source>
        <translation>intranasal</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>intramuscular</translation>
    </message>
    <message>
        <source>URGENT</source>
        <translation>URGENTE</translation>
    </message>
    <message>
        <source>HIGH</source>
        <translation>ALTA</translation>
    </message>
    <message>
        <source>MODERATE</source>
        <translation>MODERADA</translation>
    </message>
    <message>
        <source>FOR THE RECORD</source>
        <translation>INFORMATIVA</translation>
    </message>
    <message>
        <source>%1 urgent</source>
        <translation>urgentes: %1</translation>
    </message>
    <message>
        <source>%1 high</source>
        <translation>altas: %1</translation>
    </message>
    <message>
        <source>%1 moderate</source>
        <translation>moderadas: %1</translation>
    </message>
    <message>
        <source>%1 for the record</source>
        <translation>informativas: %1</translation>
    </message>
    <message>
        <source>minimal</source>
        <translation>mínima</translation>
    </message>
    <message>
        <source>mild</source>
        <translation>leve</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>moderately severe</source>
        <translation>moderadamente grave</translation>
    </message>
    <message>
        <source>severe</source>
        <translation>grave</translation>
    </message>
    <message>
        <source>below the PTSD cut-off</source>
        <translation>por debajo del punto de corte de TEPT</translation>
    </message>
    <message>
        <source>probable PTSD</source>
        <translation>TEPT probable</translation>
    </message>
    <message>
        <source>session %1</source>
        <translation>sesión %1</translation>
    </message>
    <message>
        <source>PHQ-9 question 9</source>
        <translation>Pregunta 9 del PHQ-9</translation>
    </message>
    <message>
        <source>PHQ-9 up 5 or more</source>
        <translation>PHQ-9 subió 5 o más</translation>
    </message>
    <message>
        <source>GAD-7 severe</source>
        <translation>GAD-7 grave</translation>
    </message>
    <message>
        <source>BP in the caution range</source>
        <translation>PA en el rango de precaución</translation>
    </message>
    <message>
        <source>urgent BP</source>
        <translation>PA urgente</translation>
    </message>
    <message>
        <source>low SpO2</source>
        <translation>SpO2 baja</translation>
    </message>
    <message>
        <source>hard to wake or slow breathing</source>
        <translation>difícil de despertar o respiración lenta</translation>
    </message>
    <message>
        <source>check-in missed</source>
        <translation>comprobación sin respuesta</translation>
    </message>
    <message>
        <source>check-in without code</source>
        <translation>comprobación sin código</translation>
    </message>
    <message>
        <source>ended before the minimum</source>
        <translation>terminada antes del mínimo</translation>
    </message>
    <message>
        <source>caution acknowledged</source>
        <translation>precaución confirmada</translation>
    </message>
    <message>
        <source>severe side effect</source>
        <translation>efecto secundario grave</translation>
    </message>
    <message>
        <source>no recorded end</source>
        <translation>sin final registrado</translation>
    </message>
    <message>
        <source>log changed after 24 h</source>
        <translation>registro modificado después de 24 h</translation>
    </message>
    <message>
        <source>start blocked</source>
        <translation>comienzo bloqueado</translation>
    </message>
    <message>
        <source>Treatment report — at-home ketamine sessions</source>
        <translation>Informe de tratamiento — sesiones de ketamina en casa</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 días)</translation>
    </message>
    <message>
        <source>%1 · companion %2</source>
        <translation>%1 · companion %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>(check: ssh-keygen -Y verify, namespace companion-export)</source>
        <translation>(verificación: ssh-keygen -Y verify, espacio de nombres companion-export)</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clave de firma</translation>
    </message>
    <message>
        <source>The patient left these parts out of this export: %1.</source>
        <translation>El paciente dejó estas partes fuera de esta exportación: %1.</translation>
    </message>
    <message>
        <source>Severity, date</source>
        <translation>Gravedad, fecha</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>OPEN</source>
        <translation>ABIERTA</translation>
    </message>
    <message>
        <source>discussed</source>
        <translation>comentada</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>No needs-attention flags in this period.</source>
        <translation>No hay alertas que requieran atención en este período.</translation>
    </message>
    <message>
        <source>Flags: %1 (%2); open: %3. Most severe first.</source>
        <translation>Alertas: %1 (%2); abiertas: %3. Las más graves primero.</translation>
    </message>
    <message>
        <source>More flags, continued on page %3: %1 (%2).</source>
        <translation>Más alertas, continúan en la página %3: %1 (%2).</translation>
    </message>
    <message>
        <source>none in this period</source>
        <translation>ninguna en este período</translation>
    </message>
    <message>
        <source>only the baseline so far</source>
        <translation>solo la basal por ahora</translation>
    </message>
    <message>
        <source>better</source>
        <translation>mejor</translation>
    </message>
    <message>
        <source>worse</source>
        <translation>peor</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1 puntos</translation>
    </message>
    <message>
        <source>at least the %1-point MID</source>
        <translation>al menos la DMI de %1 puntos</translation>
    </message>
    <message>
        <source>less than the %1-point MID</source>
        <translation>menor que la DMI de %1 puntos</translation>
    </message>
    <message>
        <source>Response: %1</source>
        <translation>Respuesta: %1</translation>
    </message>
    <message>
        <source>Remission: %1</source>
        <translation>Remisión: %1</translation>
    </message>
    <message>
        <source>Question 9 above 0: %1 of %2</source>
        <translation>Pregunta 9 por encima de 0: %1 de %2</translation>
    </message>
    <message>
        <source>YES</source>
        <translation>SÍ</translation>
    </message>
    <message>
        <source>Scores — baseline to latest (lower is better)</source>
        <translation>Puntuaciones — de la basal a la más reciente (más baja es mejor)</translation>
    </message>
    <message>
        <source>No questionnaires answered yet.</source>
        <translation>Aún no se ha respondido ningún cuestionario.</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Basal</translation>
    </message>
    <message>
        <source>Latest</source>
        <translation>Más reciente</translation>
    </message>
    <message>
        <source>Change from baseline</source>
        <translation>Cambio desde la basal</translation>
    </message>
    <message>
        <source>Response (≥ 50 % below baseline), remission (below 5)</source>
        <translation>Respuesta (≥ 50 % por debajo de la basal), remisión (por debajo de 5)</translation>
    </message>
    <message>
        <source>%1 (%2 in the period)</source>
        <translation>%1 (%2 en el período)</translation>
    </message>
    <message>
        <source>Needs attention, continued (%1 of %2)</source>
        <translation>Requiere atención, continuación (%1 de %2)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
    <message>
        <source>Patient-reported, not clinically verified</source>
        <translation>Informado por el paciente, sin verificación clínica</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exportación %1</translation>
    </message>
    <message>
        <source>Charts — %1</source>
        <translation>Gráficos — %1</translation>
    </message>
    <message>
        <source>benzodiazepine</source>
        <translation>benzodiacepina</translation>
    </message>
    <message>
        <source>other sleeping pill</source>
        <translation>otra pastilla para dormir</translation>
    </message>
    <message>
        <source>stimulant</source>
        <translation>estimulante</translation>
    </message>
    <message>
        <source>MAOI</source>
        <translation>IMAO</translation>
    </message>
    <message>
        <source>opioid</source>
        <translation>opioide</translation>
    </message>
    <message>
        <source>yes (kinds not recorded)</source>
        <translation>sí (tipos no registrados)</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>terminada antes de tiempo</translation>
    </message>
    <message>
        <source>not dosed</source>
        <translation>sin dosis</translation>
    </message>
    <message>
        <source>not finished</source>
        <translation>sin terminar</translation>
    </message>
    <message>
        <source>flagged: %1</source>
        <translation>alertas: %1</translation>
    </message>
    <message>
        <source>BP at %1 min (HR)</source>
        <translation>PA a los %1 min (FC)</translation>
    </message>
    <message>
        <source>BP at the first re-check (HR)</source>
        <translation>PA en la primera nueva lectura (FC)</translation>
    </message>
    <message>
        <source>Medication, dose, route</source>
        <translation>Medicamento, dosis, vía</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Lote</translation>
    </message>
    <message>
        <source>Dose at</source>
        <translation>Hora de la dosis</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Ready to be left</source>
        <translation>Puede quedar sin acompañante</translation>
    </message>
    <message>
        <source>Vitals OK before / end</source>
        <translation>Signos vitales correctos antes / final</translation>
    </message>
    <message>
        <source>BP before the dose (HR)</source>
        <translation>PA antes de la dosis (FC)</translation>
    </message>
    <message>
        <source>BP at the end (HR)</source>
        <translation>PA al final (FC)</translation>
    </message>
    <message>
        <source>SpO2 lowest</source>
        <translation>SpO2 mínima</translation>
    </message>
    <message>
        <source>Very sleepy / detached / slow breathing</source>
        <translation>Mucho sueño / desconexión / respiración lenta</translation>
    </message>
    <message>
        <source>Other medicines that day</source>
        <translation>Otros medicamentos ese día</translation>
    </message>
    <message>
        <source>Check-ins done / missed / no code</source>
        <translation>Comprobaciones hechas / sin respuesta / sin código</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Session record (after the Spravato REMS patient monitoring form)</source>
        <translation>Registro de sesiones (según el formulario de monitoreo del paciente del REMS de Spravato)</translation>
    </message>
    <message>
        <source>One row per session in the period. Times are the patient&apos;s local time. BP in mmHg with the heart rate (HR) per minute in brackets. Minutes: monitored from the dose to the end. SL sublingual, PO oral, IN intranasal, IM intramuscular. Vitals OK: the reading before the dose allowed a start / the last one was within the care plan&apos;s limits. %1 not recorded.</source>
        <translation>Una fila por sesión del período. Las horas son la hora local del paciente. PA en mmHg con la frecuencia cardiaca (FC) por minuto entre paréntesis. Minutos: de monitoreo desde la dosis hasta el final. SL sublingual, PO oral, IN intranasal, IM intramuscular. Signos vitales correctos: la lectura antes de la dosis permitió empezar / la última estuvo dentro de los límites del plan de cuidados. %1 no registrado.</translation>
    </message>
    <message>
        <source>%1 dosed (the care plan sets no session days)</source>
        <translation>%1 con dosis (el plan de cuidados no fija días de sesión)</translation>
    </message>
    <message>
        <source>%1 dosed of %2 planned (%3)</source>
        <translation>%1 con dosis, de %2 previstas (%3)</translation>
    </message>
    <message>
        <source>%1 completed</source>
        <translation>completadas: %1</translation>
    </message>
    <message>
        <source>%1 ended early</source>
        <translation>terminadas antes de tiempo: %1</translation>
    </message>
    <message>
        <source>%1 stopped before the dose</source>
        <translation>detenidas antes de la dosis: %1</translation>
    </message>
    <message>
        <source>%1 not finished</source>
        <translation>sin terminar: %1</translation>
    </message>
    <message>
        <source>median %1 min monitored</source>
        <translation>mediana de %1 min de monitoreo</translation>
    </message>
    <message>
        <source>%1 %2 mg %3 (sessions: %4)</source>
        <translation>%1 %2 mg %3 (sesiones: %4)</translation>
    </message>
    <message>
        <source>other doses (sessions: %1; see the session record)</source>
        <translation>otras dosis (sesiones: %1; ver el registro de sesiones)</translation>
    </message>
    <message>
        <source>%1 confirmed (%2 of %3); %4 missed; %5 without the sitter&apos;s code</source>
        <translation>%1 confirmadas (%2 de %3); sin respuesta: %4; sin el código del acompañante: %5</translation>
    </message>
    <message>
        <source>%1: median %2, highest %3 (%4)</source>
        <translation>%1: mediana %2, máxima %3 (%4)</translation>
    </message>
    <message>
        <source>Before the dose</source>
        <translation>Antes de la dosis</translation>
    </message>
    <message>
        <source>Peak after the dose</source>
        <translation>Máxima después de la dosis</translation>
    </message>
    <message>
        <source>At the end</source>
        <translation>Al final</translation>
    </message>
    <message>
        <source>not measured (no pulse oximeter in the kit)</source>
        <translation>no medida (no hay oxímetro de pulso en el equipo)</translation>
    </message>
    <message>
        <source>lowest %1 (%2); readings below the plan&apos;s limit of %4 %: %3; sessions measured: %5</source>
        <translation>mínima %1 (%2); lecturas por debajo del límite del plan de %4 %: %3; sesiones con medición: %5</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>very sleepy or hard to wake %1 · detached or confused %2 · breathing slowly %3 (sessions; %4 observed)</source>
        <translation>mucho sueño o dificultad para despertar %1 · desconexión o confusión %2 · respiración lenta %3 (sesiones; %4 observadas)</translation>
    </message>
    <message>
        <source>no post-session logs</source>
        <translation>sin registros posteriores a la sesión</translation>
    </message>
    <message>
        <source>%1 (post-session logs: %2)</source>
        <translation>%1 (registros posteriores a la sesión: %2)</translation>
    </message>
    <message>
        <source>; most often %1</source>
        <translation>; más frecuentes: %1</translation>
    </message>
    <message>
        <source>session %1, %2, after %3 min: “%4”</source>
        <translation>sesión %1, %2, a los %3 min: “%4”</translation>
    </message>
    <message>
        <source>%1 more in the session record</source>
        <translation>%1 más en el registro de sesiones</translation>
    </message>
    <message>
        <source>Sessions in the period</source>
        <translation>Sesiones en el período</translation>
    </message>
    <message>
        <source>No sessions in this period.</source>
        <translation>No hay sesiones en este período.</translation>
    </message>
    <message>
        <source>sessions with other medicines taken that day: %1 (the kinds are in the session record)</source>
        <translation>sesiones con otros medicamentos tomados ese día: %1 (los tipos están en el registro de sesiones)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Dose, route</source>
        <translation>Dosis, vía</translation>
    </message>
    <message>
        <source>Sitter check-ins</source>
        <translation>Comprobaciones del acompañante</translation>
    </message>
    <message>
        <source>Blood pressure</source>
        <translation>Presión arterial</translation>
    </message>
    <message>
        <source>SpO2</source>
        <translation>SpO2</translation>
    </message>
    <message>
        <source>The sitter saw</source>
        <translation>Lo que vio el acompañante</translation>
    </message>
    <message>
        <source>Other medicines</source>
        <translation>Otros medicamentos</translation>
    </message>
    <message>
        <source>Early ends</source>
        <translation>Terminadas antes de tiempo</translation>
    </message>
</context>
<context>
    <name>RestoreConfirmation</name>
    <message>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>ScoringRules</name>
    <message>
        <source>the last 2 weeks</source>
        <translation>las últimas 2 semanas</translation>
    </message>
    <message>
        <source>the past month</source>
        <translation>el último mes</translation>
    </message>
    <message>
        <source>%1–%2 %3</source>
        <translation>%1–%2 %3</translation>
    </message>
    <message>
        <source>%1: %2 items scored %3–%4 over %5; total %6–%7: %8. Lower is better.</source>
        <translation>%1: %2 ítems puntuados de %3 a %4 referidos a %5; total de %6 a %7: %8. Una puntuación más baja es mejor.</translation>
    </message>
    <message>
        <source>PCL-5: a total of %1 or more suggests probable PTSD.</source>
        <translation>PCL-5: un total de %1 o más sugiere un TEPT probable.</translation>
    </message>
    <message>
        <source>Baseline: the first questionnaire of each kind the patient completed in the app, even before this report&apos;s period. Change = latest − baseline (negative: better).</source>
        <translation>Basal: el primer cuestionario de cada tipo que el paciente completó en la aplicación, incluso antes del período de este informe. Cambio = más reciente − basal (negativo: mejor).</translation>
    </message>
    <message>
        <source>Response: a PHQ-9 total at least %1 % below the baseline.</source>
        <translation>Respuesta: un total del PHQ-9 al menos un %1 % por debajo de la basal.</translation>
    </message>
    <message>
        <source>Remission: a PHQ-9 total below %1.</source>
        <translation>Remisión: un total del PHQ-9 por debajo de %1.</translation>
    </message>
    <message>
        <source>Minimal important difference: a change of %1 points or more in the PHQ-9 total (dashed line on the chart, %1 points below the baseline).</source>
        <translation>Diferencia mínima importante (DMI): un cambio de %1 puntos o más en el total del PHQ-9 (línea discontinua en el gráfico, %1 puntos por debajo de la basal).</translation>
    </message>
    <message>
        <source>PHQ-9 question %1 (thoughts that you would be better off dead or of hurting yourself) answered above %2: an urgent flag and crisis resources shown at once, whatever the total.</source>
        <translation>Pregunta %1 del PHQ-9 (pensamientos de que estaría mejor muerto(a) o de lastimarse) respondida con más de %2: una alerta urgente y recursos de crisis que se muestran de inmediato, sea cual sea el total.</translation>
    </message>
    <message>
        <source>Also flagged: a PHQ-9 rise of %1 points or more since the previous one; a GAD-7 of %2 or more.</source>
        <translation>También generan una alerta: un aumento de %1 puntos o más en el PHQ-9 desde el anterior; un GAD-7 de %2 o más.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>How are you feeling right now?</source>
        <translation>¿Cómo se siente en este momento?</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>very low</source>
        <translation>muy bajo</translation>
    </message>
    <message>
        <source>very good</source>
        <translation>muy bueno</translation>
    </message>
    <message>
        <source>Anxiety</source>
        <translation>Ansiedad</translation>
    </message>
    <message>
        <source>calm</source>
        <translation>calma</translation>
    </message>
    <message>
        <source>very anxious</source>
        <translation>mucha ansiedad</translation>
    </message>
    <message>
        <source>An intention for today (optional)</source>
        <translation>Una intención para hoy (opcional)</translation>
    </message>
    <message>
        <source>Intention for today (optional)</source>
        <translation>Intención para hoy (opcional)</translation>
    </message>
    <message>
        <source>Continue to the sitter&apos;s hand-over</source>
        <translation>Continuar con el traspaso al acompañante</translation>
    </message>
    <message>
        <source>Not today…</source>
        <translation>Hoy no…</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>Comprobación del acompañante</translation>
    </message>
    <message>
        <source>Is the patient very sleepy or hard to wake?</source>
        <translation>¿El paciente tiene mucho sueño o es difícil de despertar?</translation>
    </message>
    <message>
        <source>Does the patient seem detached or confused?</source>
        <translation>¿El paciente parece desconectado o confundido?</translation>
    </message>
    <message>
        <source>Is the patient breathing slowly or shallowly?</source>
        <translation>¿El paciente respira despacio o de forma superficial?</translation>
    </message>
    <message>
        <source>Sitter, your 4-digit code:</source>
        <translation>Acompañante, su código de 4 dígitos:</translation>
    </message>
    <message>
        <source>Sitter&apos;s 4-digit code</source>
        <translation>Código de 4 dígitos del acompañante</translation>
    </message>
    <message>
        <source>I&apos;m here — all well</source>
        <translation>Estoy aquí — todo bien</translation>
    </message>
    <message>
        <source>I&apos;m worried</source>
        <translation>Me preocupa algo</translation>
    </message>
    <message>
        <source>I forgot my code</source>
        <translation>Olvidé mi código</translation>
    </message>
    <message>
        <source>Check-in (%1)</source>
        <translation>Comprobación del acompañante (%1)</translation>
    </message>
    <message>
        <source>The check-in is overdue. Sitter: look at the patient and answer now.</source>
        <translation>La comprobación está atrasada. Acompañante: mire al paciente y responda ahora.</translation>
    </message>
    <message>
        <source>Nobody answered the check-in at %1: it is recorded as missed.</source>
        <translation>Nadie respondió la comprobación de las %1: queda registrada como no respondida.</translation>
    </message>
    <message>
        <source>Nobody answered the check-ins at %1: they are recorded as missed.</source>
        <translation>Nadie respondió las comprobaciones de las %1: quedan registradas como no respondidas.</translation>
    </message>
    <message>
        <source>Patient: if your sitter is not with you, call them on %1. If you feel unwell, call %2.</source>
        <translation>Paciente: si su acompañante no está con usted, llame a su acompañante al %1. Si se siente mal, llame al %2.</translation>
    </message>
    <message>
        <source>Patient: if your sitter is not with you, call them. If you feel unwell, call %2.</source>
        <translation>Paciente: si su acompañante no está con usted, llame a su acompañante. Si se siente mal, llame al %2.</translation>
    </message>
    <message>
        <source>Sitter: look at the patient now, then answer.</source>
        <translation>Acompañante: mire al paciente ahora y luego responda.</translation>
    </message>
    <message>
        <source>That code is not right. Type it again, or press &quot;I forgot my code&quot;.</source>
        <translation>Ese código no es correcto. Escríbalo de nuevo o presione &quot;Olvidé mi código&quot;.</translation>
    </message>
    <message>
        <source>Please answer the three questions first (one tap each).</source>
        <translation>Primero responda las tres preguntas, por favor (un toque cada una).</translation>
    </message>
    <message>
        <source>Please type your 4-digit code. If you forgot it, press &quot;I forgot my code&quot;.</source>
        <translation>Por favor, escriba su código de 4 dígitos. Si lo olvidó, presione &quot;Olvidé mi código&quot;.</translation>
    </message>
    <message>
        <source>Benzodiazepines (such as lorazepam, diazepam or alprazolam)</source>
        <translation>Benzodiacepinas (como lorazepam, diazepam o alprazolam)</translation>
    </message>
    <message>
        <source>Other sleeping pills (such as zolpidem or zopiclone)</source>
        <translation>Otras pastillas para dormir (como zolpidem o zopiclona)</translation>
    </message>
    <message>
        <source>Stimulants (such as methylphenidate or amphetamine)</source>
        <translation>Estimulantes (como metilfenidato o anfetamina)</translation>
    </message>
    <message>
        <source>MAOIs (such as phenelzine, tranylcypromine or selegiline)</source>
        <translation>IMAO (como fenelzina, tranilcipromina o selegilina)</translation>
    </message>
    <message>
        <source>Opioids (such as codeine, tramadol or oxycodone)</source>
        <translation>Opioides (como codeína, tramadol u oxicodona)</translation>
    </message>
    <message>
        <source>Which kinds? Tick every one you took today:</source>
        <translation>¿Qué tipos? Marque cada uno que tomó hoy:</translation>
    </message>
    <message>
        <source>Their names and doses (optional):</source>
        <translation>Sus nombres y dosis (opcional):</translation>
    </message>
    <message>
        <source>Names of what you took today</source>
        <translation>Nombres de lo que tomó hoy</translation>
    </message>
    <message>
        <source>I have read this and want to go on. My clinician will see this answer.</source>
        <translation>Leí esto y quiero continuar. Mi profesional clínico verá esta respuesta.</translation>
    </message>
    <message>
        <source>Acknowledge: %1</source>
        <translation>Confirmar: %1</translation>
    </message>
    <message>
        <source>Before you start: the safety checklist</source>
        <translation>Antes de empezar: la lista de verificación de seguridad</translation>
    </message>
    <message>
        <source>Answer each question honestly. Some answers mean today is not a good day for a session; the app will tell you why and whom to call.</source>
        <translation>Responda cada pregunta con sinceridad. Algunas respuestas significan que hoy no es un buen día para una sesión; la aplicación le dirá por qué y a quién llamar.</translation>
    </message>
    <message>
        <source>Continue to blood pressure</source>
        <translation>Continuar con la presión arterial</translation>
    </message>
    <message>
        <source>Get ready (tick each one when it is done)</source>
        <translation>Prepárese (marque cada punto cuando esté hecho)</translation>
    </message>
    <message>
        <source>Stop here for today</source>
        <translation>Terminar aquí por hoy</translation>
    </message>
    <message>
        <source>Today is not a good day for a session. See the note above.</source>
        <translation>Hoy no es un buen día para una sesión. Vea la nota de arriba.</translation>
    </message>
    <message>
        <source>Answer every question (and tick the acknowledgement where asked) to go on.</source>
        <translation>Responda todas las preguntas (y marque la confirmación donde se pida) para continuar.</translation>
    </message>
    <message>
        <source>Take the dose</source>
        <translation>Tome la dosis</translation>
    </message>
    <message>
        <source>Lot number from the package (optional)</source>
        <translation>Número de lote del empaque (opcional)</translation>
    </message>
    <message>
        <source>Lot number from the package (optional):</source>
        <translation>Número de lote del empaque (opcional):</translation>
    </message>
    <message>
        <source>Dose taken</source>
        <translation>Dosis tomada</translation>
    </message>
    <message>
        <source>%1 is with you as your sitter.

Take %2 mg of %3 (%4), exactly as your clinician prescribed. Then press &quot;Dose taken&quot;: the app records the time and starts the session timer.</source>
        <translation>%1 está con usted como su acompañante.

Tome %2 mg de %3 (%4), exactamente como se lo recetó su profesional clínico. Luego presione &quot;Dosis tomada&quot;: la aplicación registra la hora y pone en marcha el temporizador de la sesión.</translation>
    </message>
    <message>
        <source>End the session early</source>
        <translation>Terminar la sesión antes de tiempo</translation>
    </message>
    <message>
        <source>Ending before the session is complete is recorded, with your reason, and your clinician will see it. The sitter still stays until the patient passes the recovery check.</source>
        <translation>Si termina antes de que la sesión esté completa, se registra con su motivo y su profesional clínico lo verá. El acompañante se queda de todos modos hasta que el paciente supere la verificación de recuperación.</translation>
    </message>
    <message>
        <source>Why is the session ending now? (required)</source>
        <translation>¿Por qué termina la sesión ahora? (obligatorio)</translation>
    </message>
    <message>
        <source>Reason for ending early</source>
        <translation>Motivo para terminar antes de tiempo</translation>
    </message>
    <message>
        <source>Keep the session going</source>
        <translation>Continuar con la sesión</translation>
    </message>
    <message>
        <source>End the session now</source>
        <translation>Terminar la sesión ahora</translation>
    </message>
    <message>
        <source>Stop today&apos;s session</source>
        <translation>Detener la sesión de hoy</translation>
    </message>
    <message>
        <source>Nothing has been taken yet. Stopping now closes today&apos;s session; your reason is kept with it.</source>
        <translation>Todavía no se ha tomado nada. Si la detiene ahora, se cierra la sesión de hoy; su motivo se guarda con ella.</translation>
    </message>
    <message>
        <source>Why not today? (required)</source>
        <translation>¿Por qué hoy no? (obligatorio)</translation>
    </message>
    <message>
        <source>Stop for today</source>
        <translation>Detener por hoy</translation>
    </message>
    <message>
        <source>Please write the reason first; it is required.</source>
        <translation>Primero escriba el motivo, por favor; es obligatorio.</translation>
    </message>
    <message>
        <source>For the sitter: please read this yourself</source>
        <translation>Para el acompañante: por favor, lea esto personalmente</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Su nombre</translation>
    </message>
    <message>
        <source>How you know the patient (for example partner, friend)</source>
        <translation>Cómo conoce al paciente (por ejemplo, pareja, amigo)</translation>
    </message>
    <message>
        <source>Your phone number</source>
        <translation>Su número de teléfono</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relación</translation>
    </message>
    <message>
        <source>Your phone</source>
        <translation>Su teléfono</translation>
    </message>
    <message>
        <source>Choose a 4-digit code and keep it to yourself. You will type it at every check-in, so the app knows it is you who answered.</source>
        <translation>Elija un código de 4 dígitos y no se lo diga a nadie. Lo escribirá en cada comprobación, para que la aplicación sepa que fue usted quien respondió.</translation>
    </message>
    <message>
        <source>Your 4-digit code</source>
        <translation>Su código de 4 dígitos</translation>
    </message>
    <message>
        <source>Your 4-digit code again</source>
        <translation>Su código de 4 dígitos otra vez</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Code again</source>
        <translation>Repita el código</translation>
    </message>
    <message>
        <source>I take over as the sitter</source>
        <translation>Asumo el papel de acompañante</translation>
    </message>
    <message>
        <source>Please confirm each of these:</source>
        <translation>Por favor, confirme cada uno de estos puntos:</translation>
    </message>
    <message>
        <source>You are taking over as the sitter. From the dose until the app says the session is complete (at least %1 minutes), you stay with the patient. The app will chime every %2 minutes and ask you to check in. The large Help button is always on the screen.</source>
        <translation>Usted asume el papel de acompañante. Desde la dosis hasta que la aplicación diga que la sesión está completa (al menos %1 minutos), usted se queda con el paciente. La aplicación sonará cada %2 minutos y le pedirá que haga la comprobación. El botón grande Ayuda siempre está en la pantalla.</translation>
    </message>
    <message>
        <source>I am an adult (18 or older).</source>
        <translation>Soy mayor de edad (18 años o más).</translation>
    </message>
    <message>
        <source>I am sober: I have had no alcohol or drugs today.</source>
        <translation>Estoy sobrio(a): hoy no he consumido alcohol ni drogas.</translation>
    </message>
    <message>
        <source>I will stay for the whole session, at least %1 minutes.</source>
        <translation>Me quedaré durante toda la sesión, al menos %1 minutos.</translation>
    </message>
    <message>
        <source>I know how to get help: the Help button, emergency %1, clinician %2.</source>
        <translation>Sé cómo pedir ayuda: el botón Ayuda, emergencias %1, profesional clínico %2.</translation>
    </message>
    <message>
        <source>I will not leave the patient alone during the session.</source>
        <translation>No dejaré solo al paciente durante la sesión.</translation>
    </message>
    <message>
        <source>Please write your name.</source>
        <translation>Por favor, escriba su nombre.</translation>
    </message>
    <message>
        <source>Please confirm each promise; if you cannot, the session cannot start today.</source>
        <translation>Por favor, confirme cada compromiso; si no puede, la sesión no puede empezar hoy.</translation>
    </message>
    <message>
        <source>Please choose a 4-digit code.</source>
        <translation>Por favor, elija un código de 4 dígitos.</translation>
    </message>
    <message>
        <source>The two codes are not the same.</source>
        <translation>Los dos códigos no coinciden.</translation>
    </message>
    <message>
        <source>chest pain</source>
        <translation>dolor en el pecho</translation>
    </message>
    <message>
        <source>trouble breathing, or breathing slowly or shallowly</source>
        <translation>dificultad para respirar, o respiración lenta o superficial</translation>
    </message>
    <message>
        <source>very hard to wake, cannot be woken, or does not respond</source>
        <translation>muy difícil de despertar, no se despierta o no responde</translation>
    </message>
    <message>
        <source>a seizure (fit)</source>
        <translation>una convulsión (ataque)</translation>
    </message>
    <message>
        <source>a sudden, severe headache</source>
        <translation>un dolor de cabeza repentino y fuerte</translation>
    </message>
    <message>
        <source>a sudden change in vision</source>
        <translation>un cambio repentino en la vista</translation>
    </message>
    <message>
        <source>weakness or numbness on one side of the body</source>
        <translation>debilidad o adormecimiento en un lado del cuerpo</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Emergency %1</source>
        <translation>Emergencias %1</translation>
    </message>
    <message>
        <source>Crisis line %1</source>
        <translation>Línea de crisis %1</translation>
    </message>
    <message>
        <source>the clinician</source>
        <translation>su profesional clínico</translation>
    </message>
    <message>
        <source>If the distress does not ease, or the patient talks about harming themselves: call or text %1 now, and call %2 on %3.

Strong feelings, fear or confusion can come with this medicine and usually pass as it wears off. Speak calmly and simply; remind the patient where they are, that you are with them, and that it will pass. Dim the lights and lower any noise.</source>
        <translation>Si la angustia no cede, o el paciente habla de hacerse daño: llame o envíe un mensaje de texto al %1 ahora, y llame a %2 al %3.

Las emociones fuertes, el miedo o la confusión pueden aparecer con este medicamento y suelen pasar cuando se va el efecto. Hable con calma y de forma sencilla; recuérdele al paciente dónde está, que usted está a su lado y que esto pasará. Baje las luces y reduzca cualquier ruido.</translation>
    </message>
    <message>
        <source>•  Stay with the patient; do not leave them alone, even for a moment.
•  Keep them sitting or lying down. If they feel sick or are very drowsy, help them onto their side, with the bowl within reach.
•  Give nothing to eat, and no other medicine, alcohol or drugs.
•  Do not let them walk about alone, take a bath, or go outside.
•  Keep your phone charged and close. Note the time of anything that worries you.</source>
        <translation>•  Quédese con el paciente; no lo deje solo, ni siquiera un momento.
•  Manténgalo sentado o acostado. Si tiene náuseas o mucho sueño, ayúdelo a ponerse de lado, con el recipiente a su alcance.
•  No le dé nada de comer, ni otros medicamentos, alcohol ni drogas.
•  No lo deje caminar solo, ni darse un baño ni salir.
•  Mantenga su teléfono cargado y cerca. Anote la hora de cualquier cosa que le preocupe.</translation>
    </message>
    <message>
        <source>Call %1 now if the patient has any of these:</source>
        <translation>Llame al %1 ahora si el paciente tiene algo de esto:</translation>
    </message>
    <message>
        <source>Say that the patient took %1 as prescribed, and when (see &quot;For the paramedics&quot;). Stay with them, and unlock the door for the ambulance crew.</source>
        <translation>Diga que el paciente tomó %1 según lo recetado, y a qué hora (vea &quot;Para los paramédicos&quot;). Quédese con el paciente y quite el seguro de la puerta para el personal de la ambulancia.</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Emergency signs</source>
        <translation>Signos de emergencia</translation>
    </message>
    <message>
        <source>Distress</source>
        <translation>Angustia</translation>
    </message>
    <message>
        <source>Distress or panic</source>
        <translation>Angustia o pánico</translation>
    </message>
    <message>
        <source>Meanwhile</source>
        <translation>Mientras tanto</translation>
    </message>
    <message>
        <source>What to do meanwhile</source>
        <translation>Qué hacer mientras tanto</translation>
    </message>
    <message>
        <source>Paramedics</source>
        <translation>Paramédicos</translation>
    </message>
    <message>
        <source>For the paramedics</source>
        <translation>Para los paramédicos</translation>
    </message>
    <message>
        <source>Choose what is happening.</source>
        <translation>Elija lo que está pasando.</translation>
    </message>
    <message>
        <source>Back to the session</source>
        <translation>Volver a la sesión</translation>
    </message>
    <message>
        <source>The minimum monitoring time has passed.</source>
        <translation>Ya pasó el tiempo mínimo de monitoreo.</translation>
    </message>
    <message>
        <source>The minimum monitoring time ends at %1 (in %2).</source>
        <translation>El tiempo mínimo de monitoreo termina a las %1 (en %2).</translation>
    </message>
    <message>
        <source>Check-in at %1 recorded: all well. Thank you.</source>
        <translation>Comprobación de las %1 registrada: todo bien. Gracias.</translation>
    </message>
    <message>
        <source>Check-in at %1 recorded: the sitter was worried.</source>
        <translation>Comprobación de las %1 registrada: al acompañante le preocupaba algo.</translation>
    </message>
    <message>
        <source>since the dose</source>
        <translation>desde la dosis</translation>
    </message>
    <message>
        <source>Enter a reading now</source>
        <translation>Ingresar una lectura ahora</translation>
    </message>
    <message>
        <source>End early…</source>
        <translation>Terminar antes…</translation>
    </message>
    <message>
        <source>Measure again at %1</source>
        <translation>Vuelva a medir a las %1</translation>
    </message>
    <message>
        <source>The last reading needed attention. Keep the patient sitting quietly; the app will ask for a new reading at %1. If the patient has chest pain, trouble breathing or a severe headache, call %2 now.</source>
        <translation>La última lectura requería atención. Mantenga al paciente sentado y tranquilo; la aplicación pedirá una nueva lectura a las %1. Si el paciente tiene dolor en el pecho, dificultad para respirar o un dolor de cabeza fuerte, llame al %2 ahora.</translation>
    </message>
    <message>
        <source>Not recovered yet: keep monitoring</source>
        <translation>Aún no se ha recuperado: siga vigilando</translation>
    </message>
    <message>
        <source>The recovery check did not pass:
%1

Stay with the patient. The check comes back at %2.</source>
        <translation>La verificación de recuperación no se superó:
%1

Quédese con el paciente. La verificación se repetirá a las %2.</translation>
    </message>
    <message>
        <source>Stay with the patient</source>
        <translation>Quédese con el paciente</translation>
    </message>
    <message>
        <source>Nothing to do right now. The app will chime at the next check-in (%1).</source>
        <translation>No hay nada que hacer por ahora. La aplicación sonará en la próxima comprobación (%1).</translation>
    </message>
    <message>
        <source>Nothing to do right now.</source>
        <translation>No hay nada que hacer por ahora.</translation>
    </message>
    <message>
        <source>Time for the recovery check</source>
        <translation>Es hora de la verificación de recuperación</translation>
    </message>
    <message>
        <source>The minimum monitoring time has passed. When the patient seems recovered, the sitter answers a few questions and takes a last reading. Until it passes, the session goes on.</source>
        <translation>Ya pasó el tiempo mínimo de monitoreo. Cuando el paciente parezca recuperado, el acompañante responde unas preguntas y toma una última lectura. Hasta que se supere, la sesión continúa.</translation>
    </message>
    <message>
        <source>Start the recovery check</source>
        <translation>Empezar la verificación de recuperación</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>There is no care plan yet, so a session cannot start. Ask your clinician for your care plan, then enter it (or import their file) in Settings → Care plan. Nothing else is needed here.</source>
        <translation>Todavía no hay un plan de cuidados, así que no se puede empezar una sesión. Pida su plan de cuidados a su profesional clínico y luego ingréselo (o importe su archivo) en Configuración → Plan de cuidados. No hace falta nada más aquí.</translation>
    </message>
    <message>
        <source>Today&apos;s session</source>
        <translation>Sesión de hoy</translation>
    </message>
    <message>
        <source>Start today&apos;s session</source>
        <translation>Empezar la sesión de hoy</translation>
    </message>
    <message>
        <source>Write an intention in your journal first</source>
        <translation>Escribir primero una intención en su diario</translation>
    </message>
    <message>
        <source>Save the sitter card (PDF)…</source>
        <translation>Guardar la tarjeta del acompañante (PDF)…</translation>
    </message>
    <message>
        <source>One page for your sitter: what to watch for, the check-ins, what to do in an emergency, the numbers and your address</source>
        <translation>Una página para su acompañante: qué vigilar, las comprobaciones, qué hacer en una emergencia, los números y su dirección</translation>
    </message>
    <message>
        <source>Your care plan: %1 mg of %2 (%3). You will answer a short safety checklist, measure your blood pressure, and hand over to your sitter before you take the dose. The session lasts at least %4 minutes after the dose.</source>
        <translation>Su plan de cuidados: %1 mg de %2 (%3). Responderá una breve lista de verificación de seguridad, medirá su presión arterial y hará el traspaso a su acompañante antes de tomar la dosis. La sesión dura al menos %4 minutos después de la dosis.</translation>
    </message>
    <message>
        <source>Add them in Settings → Care plan.</source>
        <translation>Agregue estos datos en Configuración → Plan de cuidados.</translation>
    </message>
    <message>
        <source>Not today</source>
        <translation>Hoy no</translation>
    </message>
    <message>
        <source>Close today&apos;s session</source>
        <translation>Cerrar la sesión de hoy</translation>
    </message>
    <message>
        <source>The session has ended</source>
        <translation>La sesión terminó</translation>
    </message>
    <message>
        <source>Until you have slept: no driving or machinery, no important decisions, and someone else looks after anyone who depends on you.</source>
        <translation>Hasta que haya dormido: no maneje ni use maquinaria, no tome decisiones importantes, y otra persona debe cuidar de quien dependa de usted.</translation>
    </message>
    <message>
        <source>Log how you feel now</source>
        <translation>Anotar cómo se siente ahora</translation>
    </message>
    <message>
        <source>Write about it in your journal</source>
        <translation>Escribir sobre esto en su diario</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>The session is complete</source>
        <translation>La sesión está completa</translation>
    </message>
    <message>
        <source>The session was ended early</source>
        <translation>La sesión se terminó antes de tiempo</translation>
    </message>
    <message>
        <source>Monitored for 1 minute after the dose.</source>
        <translation>Se monitoreó durante 1 minuto después de la dosis.</translation>
    </message>
    <message>
        <source>Monitored for %1 minutes after the dose.</source>
        <translation>Se monitoreó durante %1 minutos después de la dosis.</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motivo: %1</translation>
    </message>
    <message>
        <source>The recovery check passed at %1: the patient could be left.</source>
        <translation>La verificación de recuperación se superó a las %1: el paciente ya podía quedarse solo.</translation>
    </message>
    <message>
        <source>Final blood pressure %1/%2, heart rate %3.</source>
        <translation>Presión arterial final %1/%2, frecuencia cardiaca %3.</translation>
    </message>
    <message>
        <source>Final blood pressure %1/%2, heart rate %3, SpO2 %4 %.</source>
        <translation>Presión arterial final %1/%2, frecuencia cardiaca %3, SpO2 %4 %.</translation>
    </message>
    <message>
        <source>Missed check-ins: %1 (your clinician will see this).</source>
        <translation>Comprobaciones no respondidas: %1 (su profesional clínico lo verá).</translation>
    </message>
    <message>
        <source>Upper number (systolic), mmHg</source>
        <translation>Número superior (sistólica), mmHg</translation>
    </message>
    <message>
        <source>Lower number (diastolic), mmHg</source>
        <translation>Número inferior (diastólica), mmHg</translation>
    </message>
    <message>
        <source>Heart rate, beats per minute</source>
        <translation>Frecuencia cardiaca, latidos por minuto</translation>
    </message>
    <message>
        <source>Oxygen saturation (SpO2), percent</source>
        <translation>Saturación de oxígeno (SpO2), porcentaje</translation>
    </message>
    <message>
        <source>SpO2 %</source>
        <translation>SpO2 %</translation>
    </message>
    <message>
        <source>Upper (systolic)</source>
        <translation>Superior (sistólica)</translation>
    </message>
    <message>
        <source>Lower (diastolic)</source>
        <translation>Inferior (diastólica)</translation>
    </message>
    <message>
        <source>Heart rate</source>
        <translation>Frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Please fill in all four numbers.</source>
        <translation>Por favor, complete los cuatro números.</translation>
    </message>
    <message>
        <source>Please fill in all three numbers.</source>
        <translation>Por favor, complete los tres números.</translation>
    </message>
    <message>
        <source>Time to measure blood pressure</source>
        <translation>Es hora de medir la presión arterial</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Lectura</translation>
    </message>
    <message>
        <source>Save the reading</source>
        <translation>Guardar la lectura</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>blood pressure, heart rate and SpO2</source>
        <translation>presión arterial, frecuencia cardiaca y SpO2</translation>
    </message>
    <message>
        <source>blood pressure and heart rate</source>
        <translation>presión arterial y frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Measure again now</source>
        <translation>Vuelva a medir ahora</translation>
    </message>
    <message>
        <source>The last reading needed attention. Sitter: measure the patient&apos;s %1 again now.</source>
        <translation>La última lectura requería atención. Acompañante: vuelva a medir ahora la %1 del paciente.</translation>
    </message>
    <message>
        <source>Time to measure</source>
        <translation>Es hora de medir</translation>
    </message>
    <message>
        <source>Sitter: please measure the patient&apos;s %1 now and type the numbers.</source>
        <translation>Acompañante: por favor, mida ahora la %1 del paciente y escriba los números.</translation>
    </message>
    <message>
        <source>Enter a reading</source>
        <translation>Ingresar una lectura</translation>
    </message>
    <message>
        <source>Type the patient&apos;s %1 from the monitor.</source>
        <translation>Escriba la %1 del paciente que muestra el monitor.</translation>
    </message>
    <message>
        <source>Recovery check (for the sitter)</source>
        <translation>Verificación de recuperación (para el acompañante)</translation>
    </message>
    <message>
        <source>Does the patient respond normally when you talk to them?</source>
        <translation>¿El paciente responde con normalidad cuando usted le habla?</translation>
    </message>
    <message>
        <source>The patient does not respond normally yet.</source>
        <translation>El paciente todavía no responde con normalidad.</translation>
    </message>
    <message>
        <source>Can the patient walk steadily, without help?</source>
        <translation>¿El paciente puede caminar con firmeza, sin ayuda?</translation>
    </message>
    <message>
        <source>The patient cannot walk steadily without help yet.</source>
        <translation>El paciente todavía no puede caminar con firmeza sin ayuda.</translation>
    </message>
    <message>
        <source>Is the patient free of sickness, or is it mild and easing?</source>
        <translation>¿El paciente ya no tiene náuseas, o son leves y están disminuyendo?</translation>
    </message>
    <message>
        <source>The patient still feels sick.</source>
        <translation>El paciente todavía tiene náuseas.</translation>
    </message>
    <message>
        <source>Final reading</source>
        <translation>Lectura final</translation>
    </message>
    <message>
        <source>Final</source>
        <translation>Final</translation>
    </message>
    <message>
        <source>Finish the recovery check</source>
        <translation>Terminar la verificación de recuperación</translation>
    </message>
    <message>
        <source>The session was ended early. Sitter: stay with the patient until this check passes; the patient must not be left alone before.</source>
        <translation>La sesión se terminó antes de tiempo. Acompañante: quédese con el paciente hasta que se supere esta verificación; antes de eso, el paciente no debe quedarse solo.</translation>
    </message>
    <message>
        <source>When the patient seems recovered, answer these and take a last reading.</source>
        <translation>Cuando el paciente parezca recuperado, responda estas preguntas y tome una última lectura.</translation>
    </message>
    <message>
        <source>Please answer every question.</source>
        <translation>Por favor, responda todas las preguntas.</translation>
    </message>
    <message>
        <source>Answer the check-in</source>
        <translation>Responder la comprobación</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Help: emergency signs, distress, what to do</source>
        <translation>Ayuda: signos de emergencia, angustia, qué hacer</translation>
    </message>
    <message>
        <source>A check-in is overdue (%1). Sitter: answer it now.</source>
        <translation>Hay una comprobación atrasada (%1). Acompañante: respóndala ahora.</translation>
    </message>
    <message>
        <source>A check-in is due (%1). Answer it when you can.</source>
        <translation>Hay una comprobación pendiente (%1). Respóndala cuando pueda.</translation>
    </message>
    <message>
        <source>Today&apos;s session was closed before the dose.</source>
        <translation>La sesión de hoy se cerró antes de la dosis.</translation>
    </message>
    <message>
        <source>Today&apos;s session: before the dose</source>
        <translation>Sesión de hoy: antes de la dosis</translation>
    </message>
    <message>
        <source>The sitter card was saved as %1. Print it, or open it on the sitter&apos;s phone.</source>
        <translation>La tarjeta del acompañante se guardó como %1. Imprímala o ábrala en el teléfono del acompañante.</translation>
    </message>
    <message>
        <source>Saving the sitter card…</source>
        <translation>Guardando la tarjeta del acompañante…</translation>
    </message>
    <message>
        <source>sublingual</source>
        <translation>sublingual</translation>
    </message>
    <message>
        <source>oral</source>
        <translation>oral</translation>
    </message>
    <message>
        <source>intranasal</source>
        <translation>intranasal</translation>
    </message>
    <message>
        <source>intramuscular</source>
        <translation>intramuscular</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Keep the patient sitting quietly and call %1 on %2 now. If they have chest pain, trouble breathing, a severe headache, confusion, or weakness on one side, call %3 at once.</source>
        <translation>Mantenga al paciente sentado y tranquilo, y llame ahora a %1 al %2. Si tiene dolor en el pecho, dificultad para respirar, un dolor de cabeza fuerte, confusión o debilidad en un lado del cuerpo, llame al %3 de inmediato.</translation>
    </message>
    <message>
        <source>Measure again at %1 (in 5 minutes): the app will ask.</source>
        <translation>Vuelva a medir a las %1 (en 5 minutos): la aplicación se lo pedirá.</translation>
    </message>
    <message>
        <source>This reading needs attention now</source>
        <translation>Esta lectura requiere atención ahora</translation>
    </message>
    <message>
        <source>Blood pressure and heart rate</source>
        <translation>Presión arterial y frecuencia cardiaca</translation>
    </message>
    <message>
        <source>Sit quietly for five minutes, then measure your blood pressure and heart rate and type the numbers from the monitor.</source>
        <translation>Siéntese en calma durante cinco minutos, luego mida su presión arterial y frecuencia cardiaca y escriba los números que muestra el monitor.</translation>
    </message>
    <message>
        <source>Before the dose</source>
        <translation>Antes de la dosis</translation>
    </message>
    <message>
        <source>I have read this and want to go on. My clinician will see this reading.</source>
        <translation>Leí esto y quiero continuar. Mi profesional clínico verá esta lectura.</translation>
    </message>
    <message>
        <source>Acknowledge the blood pressure caution</source>
        <translation>Confirmar la advertencia sobre la presión arterial</translation>
    </message>
    <message>
        <source>Check the reading</source>
        <translation>Revisar la lectura</translation>
    </message>
    <message>
        <source>Sit quietly for five minutes, then measure your blood pressure, heart rate and oxygen saturation (SpO2) and type the numbers from the monitors.</source>
        <translation>Siéntese en calma durante cinco minutos, luego mida su presión arterial, frecuencia cardiaca y saturación de oxígeno (SpO2) y escriba los números que muestran los monitores.</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>SessionDetailView</name>
    <message>
        <source>Session details</source>
        <translation>Detalles de la sesión</translation>
    </message>
    <message>
        <source>Choose a session in the table to see everything recorded about it.</source>
        <translation>Elija una sesión en la tabla para ver todo lo que se registró sobre ella.</translation>
    </message>
</context>
<context>
    <name>SessionTopBar</name>
    <message>
        <source>Before the dose</source>
        <translation>Antes de la dosis</translation>
    </message>
    <message>
        <source>Sitter: %1</source>
        <translation>Acompañante: %1</translation>
    </message>
    <message>
        <source>The session was ended early at %1</source>
        <translation>La sesión se terminó antes de tiempo a las %1</translation>
    </message>
    <message>
        <source>recovery check</source>
        <translation>verificación de recuperación</translation>
    </message>
    <message>
        <source>%1 since the dose</source>
        <translation>%1 desde la dosis</translation>
    </message>
    <message>
        <source>minimum ends %1</source>
        <translation>el mínimo termina a las %1</translation>
    </message>
    <message>
        <source>check-in overdue</source>
        <translation>comprobación atrasada</translation>
    </message>
    <message>
        <source>check-in due %1</source>
        <translation>comprobación de las %1 pendiente</translation>
    </message>
    <message>
        <source>next check-in %1</source>
        <translation>próxima comprobación a las %1</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Alto contraste</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Care plan</source>
        <translation>Plan de cuidados</translation>
    </message>
    <message>
        <source>Care plan…</source>
        <translation>Plan de cuidados…</translation>
    </message>
    <message>
        <source>Open the care plan</source>
        <translation>Abrir el plan de cuidados</translation>
    </message>
    <message>
        <source>Where these numbers come from…</source>
        <translation>De dónde vienen estos números…</translation>
    </message>
    <message>
        <source>Where these numbers come from</source>
        <translation>De dónde vienen estos números</translation>
    </message>
    <message>
        <source>Care plan status</source>
        <translation>Estado del plan de cuidados</translation>
    </message>
    <message>
        <source>What your clinician prescribed, and every number the safety checklist and the session use: limits, monitoring time, check-ins and contacts. Enter it here or import the file your clinician gave you.</source>
        <translation>Lo que su profesional clínico le recetó y todos los números que usan la lista de verificación de seguridad y la sesión: límites, tiempo de monitoreo, comprobaciones del acompañante y contactos. Ingréselo aquí o importe el archivo que le dio su profesional clínico.</translation>
    </message>
    <message>
        <source>Locking and passphrase</source>
        <translation>Bloqueo y frase de contraseña</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Minutes without activity before companion locks</source>
        <translation>Minutos sin actividad antes de que companion se bloquee</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Cambiar la frase de contraseña…</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Cambiar la frase de contraseña</translation>
    </message>
    <message>
        <source>Passphrase status</source>
        <translation>Estado de la frase de contraseña</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Bloquear después de</translation>
    </message>
    <message>
        <source>After this long without keyboard or mouse use, companion locks and asks for your passphrase again. Press Control+L to lock at any time.</source>
        <translation>Después de este tiempo sin usar el teclado ni el mouse, companion se bloquea y vuelve a pedir su frase de contraseña. Presione Control+L para bloquear en cualquier momento.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Diagnostic log</source>
        <translation>Registro de diagnóstico</translation>
    </message>
    <message>
        <source>Keep a diagnostic log on this computer</source>
        <translation>Mantener un registro de diagnóstico en esta computadora</translation>
    </message>
    <message>
        <source>Keep a diagnostic log</source>
        <translation>Mantener un registro de diagnóstico</translation>
    </message>
    <message>
        <source> It is saved in %1.</source>
        <translation> Se guarda en %1.</translation>
    </message>
    <message>
        <source>Off unless you turn it on. The log records only event names, such as “vault unlocked” or “backup created”, to help report a problem. It never holds anything you write, and it is never sent anywhere.</source>
        <translation>Está desactivado a menos que usted lo active. El registro anota solo nombres de eventos, como “bóveda desbloqueada” o “copia de seguridad creada”, para ayudar a informar un problema. Nunca contiene nada de lo que usted escribe y nunca se envía a ningún lugar.</translation>
    </message>
    <message>
        <source>Your passphrase was changed. Use the new one from now on.</source>
        <translation>Se cambió su frase de contraseña. De ahora en adelante, use la nueva.</translation>
    </message>
    <message>
        <source>Your care plan was saved. The next session uses it.</source>
        <translation>Se guardó su plan de cuidados. La próxima sesión lo usará.</translation>
    </message>
    <message>
        <source>This change applies now but could not be saved for next time: %1</source>
        <translation>Este cambio se aplica ahora, pero no se pudo guardar para la próxima vez: %1</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>That is not quite group %1. Take your time: you can look at the key again, check your copy, and then try once more.</source>
        <translation>Ese no es exactamente el grupo %1. Tómese su tiempo: puede volver a ver la clave, revisar su copia y luego intentarlo otra vez.</translation>
    </message>
</context>
<context>
    <name>ShellPages</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>Diario</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportación</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
</context>
<context>
    <name>SideEffects</name>
    <message>
        <source>nausea</source>
        <translation>náuseas</translation>
    </message>
    <message>
        <source>vomiting</source>
        <translation>vómitos</translation>
    </message>
    <message>
        <source>dizziness</source>
        <translation>mareo</translation>
    </message>
    <message>
        <source>headache</source>
        <translation>dolor de cabeza</translation>
    </message>
    <message>
        <source>blurred or double vision</source>
        <translation>visión borrosa o doble</translation>
    </message>
    <message>
        <source>racing heart</source>
        <translation>corazón acelerado</translation>
    </message>
    <message>
        <source>confusion</source>
        <translation>confusión</translation>
    </message>
    <message>
        <source>anxiety or panic</source>
        <translation>ansiedad o pánico</translation>
    </message>
    <message>
        <source>bladder pain or urgency</source>
        <translation>dolor de vejiga o urgencia para orinar</translation>
    </message>
    <message>
        <source>another side effect</source>
        <translation>otro efecto secundario</translation>
    </message>
</context>
<context>
    <name>SigningKeyPanel</name>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Every export is signed with a key that only this vault holds. Read this fingerprint to your clinician once, so they can check that later exports come from you, unchanged.</source>
        <translation>Cada exportación se firma con una clave que solo tiene esta bóveda. Léale esta huella a su profesional clínico una vez, para que pueda comprobar que las exportaciones posteriores vienen de usted, sin cambios.</translation>
    </message>
    <message>
        <source>Your signing key&apos;s fingerprint</source>
        <translation>Huella de su clave de firma</translation>
    </message>
    <message>
        <source>Your clinicians&apos; keys</source>
        <translation>Claves de sus profesionales clínicos</translation>
    </message>
    <message>
        <source>Your key</source>
        <translation>Su clave</translation>
    </message>
    <message>
        <source>Care plans signed with these keys are recognised. You confirmed each one with your clinician.</source>
        <translation>Se reconocen los planes de cuidados firmados con estas claves. Usted confirmó cada una con su profesional clínico.</translation>
    </message>
    <message>
        <source>None yet. The first time you import a care plan your clinician signed, you check its fingerprint with them, and the key is remembered here.</source>
        <translation>Todavía ninguna. La primera vez que importe un plan de cuidados firmado por su profesional clínico, usted comprobará su huella con su profesional clínico, y la clave se recordará aquí.</translation>
    </message>
    <message>
        <source>%1, confirmed %2</source>
        <translation>%1, confirmada el %2</translation>
    </message>
</context>
<context>
    <name>SitterCard</name>
    <message>
        <source>not yet in the care plan</source>
        <translation>aún no está en el plan de cuidados</translation>
    </message>
    <message>
        <source>under the tongue (sublingual)</source>
        <translation>debajo de la lengua (sublingual)</translation>
    </message>
    <message>
        <source>swallowed (oral)</source>
        <translation>por la boca (oral)</translation>
    </message>
    <message>
        <source>nasal spray (intranasal)</source>
        <translation>aerosol nasal (intranasal)</translation>
    </message>
    <message>
        <source>injection (intramuscular)</source>
        <translation>inyección (intramuscular)</translation>
    </message>
    <message>
        <source>%1, %2 mg, %3</source>
        <translation>%1, %2 mg, %3</translation>
    </message>
    <message>
        <source>very sleepy or hard to wake</source>
        <translation>con mucho sueño o difícil de despertar</translation>
    </message>
    <message>
        <source>breathing slowly or shallowly</source>
        <translation>respira despacio o de forma superficial</translation>
    </message>
    <message>
        <source>Crisis line</source>
        <translation>Línea de crisis</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional clínico</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergias</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Medicamento</translation>
    </message>
    <message>
        <source>Dose taken at</source>
        <translation>Dosis tomada a las</translation>
    </message>
    <message>
        <source>Watch for these — call %1 at once</source>
        <translation>Esté atento a estos signos — llame al %1 de inmediato</translation>
    </message>
    <message>
        <source>Feeling detached, dreamy or confused is common and usually passes. Speak calmly and remind the patient where they are. If the distress does not ease, or they talk about harming themselves, call or text the crisis line %1.</source>
        <translation>Es común sentirse desconectado(a), como en un sueño, o confundido(a), y suele pasar. Hable con calma y recuérdele al paciente dónde está. Si la angustia no disminuye, o si habla de hacerse daño, llame o envíe un mensaje de texto a la línea de crisis %1.</translation>
    </message>
    <message>
        <source>Call %1.</source>
        <translation>Llame al %1.</translation>
    </message>
    <message>
        <source>Tell them the address; the medication, the dose and the time it was taken; the latest readings; other medicines taken today; the allergies. Help → “For the paramedics” shows them all.</source>
        <translation>Dígales la dirección; el medicamento, la dosis y la hora en que se tomó; las últimas lecturas; otros medicamentos tomados hoy; las alergias. Ayuda → “Para los paramédicos” lo muestra todo.</translation>
    </message>
    <message>
        <source>Unlock the door for the ambulance crew.</source>
        <translation>Quite el seguro de la puerta para el personal de la ambulancia.</translation>
    </message>
    <message>
        <source>Stay with the patient. If they are very drowsy or feel sick, help them onto their side.</source>
        <translation>Quédese con el paciente. Si tiene mucho sueño o náuseas, ayúdele a ponerse de lado.</translation>
    </message>
    <message>
        <source>When it is safe, call the clinician.</source>
        <translation>Cuando sea seguro, llame al profesional clínico.</translation>
    </message>
    <message>
        <source>In an emergency</source>
        <translation>En una emergencia</translation>
    </message>
    <message>
        <source>Very sleepy or hard to wake?</source>
        <translation>¿Tiene mucho sueño o es difícil de despertar?</translation>
    </message>
    <message>
        <source>Detached or confused?</source>
        <translation>¿Desconectado o confundido?</translation>
    </message>
    <message>
        <source>Breathing slowly or shallowly?</source>
        <translation>¿Respira despacio o de forma superficial?</translation>
    </message>
    <message>
        <source>From the dose on, every %1 minutes a chime sounds and the screen asks you to check in. Answer within %2 minutes. Look at the patient and answer yes or no:</source>
        <translation>Desde la dosis, cada %1 minutos suena un aviso sonoro y la pantalla le pide hacer la comprobación. Responda en un plazo de %2 minutos. Mire al paciente y responda sí o no:</translation>
    </message>
    <message>
        <source>Then type your code and press “I&apos;m here — all well”. Forgot it? Press “I forgot my code”. “I&apos;m worried” always works, even without the code. “Yes” to sleepy or to breathing slowly opens the emergency guidance.</source>
        <translation>Luego escriba su código y presione “Estoy aquí — todo bien”. ¿Lo olvidó? Presione “Olvidé mi código”. “Me preocupa algo” siempre funciona, incluso sin el código. “Sí” a la somnolencia o a la respiración lenta abre las instrucciones de emergencia.</translation>
    </message>
    <message>
        <source>Then press “I&apos;m here — all well”. “I&apos;m worried” always works. “Yes” to sleepy or to breathing slowly opens the emergency guidance.</source>
        <translation>Luego presione “Estoy aquí — todo bien”. “Me preocupa algo” siempre funciona. “Sí” a la somnolencia o a la respiración lenta abre las instrucciones de emergencia.</translation>
    </message>
    <message>
        <source>Check in every %1 minutes</source>
        <translation>Comprobación cada %1 minutos</translation>
    </message>
    <message>
        <source>%1 minutes after the dose</source>
        <translation>a los %1 minutos de la dosis</translation>
    </message>
    <message>
        <source>%1 and at the end</source>
        <translation>%1 y al final</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>al final</translation>
    </message>
    <message>
        <source>Blood pressure: at %1, measure blood pressure and heart rate and type them in.</source>
        <translation>Presión arterial: %1, mida la presión arterial y la frecuencia cardiaca, y escríbalas.</translation>
    </message>
    <message>
        <source>Also the oxygen level (SpO2) from the finger clip: below %1 is urgent.</source>
        <translation>También la saturación de oxígeno (SpO2) de la pinza del dedo: menos de %1 es urgente.</translation>
    </message>
    <message>
        <source>If a reading needs attention, the screen says what to do.</source>
        <translation>Si una lectura requiere atención, la pantalla le dice qué hacer.</translation>
    </message>
    <message>
        <source>Recovery check, after %1 minutes: does the patient respond normally, walk steadily without help, and feel no sickness (or only mild and easing)? And a last reading. If it does not pass, keep watching; the check comes back later.</source>
        <translation>Verificación de recuperación, a los %1 minutos: ¿el paciente responde con normalidad, camina con firmeza sin ayuda y no tiene náuseas (o solo leves y que están disminuyendo)? Además, tome una última lectura. Si no se supera, siga vigilando; la verificación se repite más tarde.</translation>
    </message>
    <message>
        <source>Help is always on the screen: the emergency signs, distress, what to do meanwhile, and what to tell the paramedics.</source>
        <translation>La Ayuda siempre está en la pantalla: los signos de emergencia, la angustia, qué hacer mientras tanto y qué decir a los paramédicos.</translation>
    </message>
    <message>
        <source>What the screens ask</source>
        <translation>Lo que piden las pantallas</translation>
    </message>
    <message>
        <source>Sitter card — companion</source>
        <translation>Tarjeta del acompañante — companion</translation>
    </message>
    <message>
        <source>Stay with the patient from the dose until the recovery check has passed. Never leave them alone, even for a moment. Keep your phone charged and close.</source>
        <translation>Quédese con el paciente desde la dosis hasta que se supere la verificación de recuperación. Nunca lo deje solo, ni por un momento. Tenga su teléfono cargado y cerca.</translation>
    </message>
    <message>
        <source>Save the sitter card</source>
        <translation>Guardar la tarjeta del acompañante</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>Your care plan or the clinician keys you confirmed changed while this file was open, so nothing was saved. Open the file again to see what it changes now.</source>
        <translation>Su plan de cuidados o las claves de profesionales clínicos que usted confirmó cambiaron mientras este archivo estaba abierto, así que no se guardó nada. Vuelva a abrir el archivo para ver lo que cambia ahora.</translation>
    </message>
    <message>
        <source>The disk is full, so %1 could not be saved. Free some space and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation>El disco está lleno, así que no se pudo guardar %1. Libere algo de espacio e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk is read-only, so %1 could not be saved. Check the drive and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation>El disco es de solo lectura, así que no se pudo guardar %1. Revise la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Companion is not allowed to write %1. Check the data folder&apos;s permissions and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation>companion no tiene permiso para escribir en %1. Revise los permisos de la carpeta de datos e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The disk reported a problem while saving %1. Check the drive and try again.</source>
        <extracomment>%1 names what was being saved, e.g. &quot;the key file&quot; (context StorageNames).</extracomment>
        <translation>El disco informó un problema al guardar %1. Revise la unidad e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Too many backups were made in one second; try again in a moment.</source>
        <translation>Se hicieron demasiadas copias de seguridad en un segundo; inténtelo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The backup could not be written; check the free space on the drive and the backups folder.</source>
        <translation>No se pudo escribir la copia de seguridad; revise el espacio libre en la unidad y la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>A backup was written but cannot be found; try again.</source>
        <translation>Se escribió una copia de seguridad, pero no se encuentra; inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is a file, not the backups folder; move it elsewhere so backups can be made.</source>
        <translation>%1 es un archivo, no la carpeta de copias de seguridad; muévalo a otro lugar para que se puedan hacer copias de seguridad.</translation>
    </message>
    <message>
        <source>The backups folder could not be read; check its permissions.</source>
        <translation>No se pudo leer la carpeta de copias de seguridad; revise sus permisos.</translation>
    </message>
    <message>
        <source>A stored care plan is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation>Un plan de cuidados guardado está dañado y no se pudo leer, así que no se cambió nada; restaurar una copia de seguridad reciente podría recuperarlo.</translation>
    </message>
    <message>
        <source>That care plan is not in the vault; it may belong to a backup that was replaced.</source>
        <translation>Ese plan de cuidados no está en la bóveda; puede pertenecer a una copia de seguridad que se reemplazó.</translation>
    </message>
    <message>
        <source>A stored check-in is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation>Un seguimiento guardado está dañado y no se pudo leer, así que no se cambió nada; restaurar una copia de seguridad reciente podría recuperarlo.</translation>
    </message>
    <message>
        <source>The next-day check-in for that session was already recorded; it was left as it is.</source>
        <translation>El seguimiento del día siguiente de esa sesión ya se registró; se dejó como estaba.</translation>
    </message>
    <message>
        <source>A clinician&apos;s key stored in the vault is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation>Una clave de profesional clínico guardada en la bóveda está dañada y no se pudo leer, así que no se cambió nada; restaurar una copia de seguridad reciente podría recuperarla.</translation>
    </message>
    <message>
        <source>The vault could not be read with its key: the file is damaged or does not belong to this key file.</source>
        <translation>No se pudo leer la bóveda con su clave: el archivo está dañado o no corresponde a este archivo de claves.</translation>
    </message>
    <message>
        <source>%1 could not be read because the system reported a problem; nothing was changed. Check the data folder&apos;s permissions and the drive, then try again.</source>
        <extracomment>%1 is the name of a file, such as vault.db</extracomment>
        <translation>No se pudo leer %1 porque el sistema informó un problema; no se cambió nada. Revise los permisos de la carpeta de datos y la unidad, y luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 could not be read; check the data folder&apos;s permissions and the drive, then try again.</source>
        <extracomment>%1 is the name of a file, such as vault.db</extracomment>
        <translation>No se pudo leer %1; revise los permisos de la carpeta de datos y la unidad, y luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>%1 is an unencrypted SQLite file, not a companion vault; it was left untouched.</source>
        <extracomment>%1 is the name of a file, such as vault.db</extracomment>
        <translation>%1 es un archivo SQLite sin cifrar, no una bóveda de companion; no se modificó.</translation>
    </message>
    <message>
        <source>The disk refused to save the vault (it may be full); the last change was lost.</source>
        <translation>El disco se negó a guardar la bóveda (puede estar lleno); se perdió el último cambio.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder cannot be written to; the last change was not saved.</source>
        <translation>No se puede escribir en la carpeta de la bóveda; el último cambio no se guardó.</translation>
    </message>
    <message>
        <source>The vault&apos;s folder does not support the journal the vault needs.</source>
        <translation>La carpeta de la bóveda no admite el registro de transacciones (journal) que necesita la bóveda.</translation>
    </message>
    <message>
        <source>The re-encrypted copy of the vault did not read back; nothing was changed.</source>
        <translation>La copia recifrada de la bóveda no se leyó correctamente al comprobarla; no se cambió nada.</translation>
    </message>
    <message>
        <source>That passphrase did not unlock the vault. Check it and try again.</source>
        <translation>Esa frase de contraseña no desbloqueó la bóveda. Revísela e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That recovery key does not belong to this vault.</source>
        <translation>Esa clave de recuperación no pertenece a esta bóveda.</translation>
    </message>
    <message>
        <source>There is no vault in %1.</source>
        <translation>No hay ninguna bóveda en %1.</translation>
    </message>
    <message>
        <source>A vault already exists in %1; it was left as it is.</source>
        <translation>Ya existe una bóveda en %1; se dejó como estaba.</translation>
    </message>
    <message>
        <source>The vault is in use by another program; close it and try again.</source>
        <translation>Otro programa está usando la bóveda; ciérrelo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>This vault was saved by a newer version of companion (schema %1, this version knows up to %2); it was left untouched, so please install the newer version to open it.</source>
        <translation>Esta bóveda se guardó con una versión más nueva de companion (esquema %1; esta versión conoce hasta el %2); no se modificó, así que instale la versión más nueva para abrirla.</translation>
    </message>
    <message>
        <source>A stored journal entry is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation>Una entrada del diario guardada está dañada y no se pudo leer, así que no se cambió nada; restaurar una copia de seguridad reciente podría recuperarla.</translation>
    </message>
    <message>
        <source>That journal entry is no longer in the vault; it may have been deleted.</source>
        <translation>Esa entrada del diario ya no está en la bóveda; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>This computer did not have enough free memory to check the passphrase. Close other programs and try again.</source>
        <translation>Esta computadora no tenía suficiente memoria libre para comprobar la frase de contraseña. Cierre otros programas e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>Copy the newest .key file from the backups folder over it (it opens with the passphrase you had then), or restore it from a copy of your data folder.</source>
        <translation>Copie el archivo .key más reciente de la carpeta de copias de seguridad encima de este (se abre con la frase de contraseña que tenía entonces), o restáurelo desde una copia de su carpeta de datos.</translation>
    </message>
    <message>
        <source>The key file (%1) is damaged and cannot be read. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says where copies of it are</extracomment>
        <translation>El archivo de claves (%1) está dañado y no se puede leer. %2</translation>
    </message>
    <message>
        <source>The key file (%1) was changed after companion wrote it, so it cannot be trusted. %2</source>
        <extracomment>%1 is the key file&apos;s name; %2 says where copies of it are</extracomment>
        <translation>El archivo de claves (%1) se cambió después de que companion lo escribió, así que no es confiable. %2</translation>
    </message>
    <message>
        <source>The key file (%1) was made by a newer version of companion. Install the newest version and try again.</source>
        <extracomment>%1 is the key file&apos;s name</extracomment>
        <translation>El archivo de claves (%1) se creó con una versión más nueva de companion. Instale la versión más reciente e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The key file (%1) could not be read. Check the data folder&apos;s permissions and the drive, then try again.</source>
        <extracomment>%1 is the key file&apos;s name</extracomment>
        <translation>No se pudo leer el archivo de claves (%1). Revise los permisos de la carpeta de datos y la unidad, y luego inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>A stored questionnaire is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation>Un cuestionario guardado está dañado y no se pudo leer, así que no se cambió nada; restaurar una copia de seguridad reciente podría recuperarlo.</translation>
    </message>
    <message>
        <source>A recovery key has %1 letters and digits; this has %2. Check for a missing or extra character.</source>
        <translation>Una clave de recuperación tiene %1 letras y dígitos; esta tiene %2. Revise si falta o sobra un carácter.</translation>
    </message>
    <message>
        <source>Character %1 is not used in recovery keys (they have no U and no punctuation). Check it and try again.</source>
        <translation>El carácter número %1 no se usa en las claves de recuperación (no tienen U ni signos de puntuación). Revíselo e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That recovery key has a typo. Check each group of four characters against your copy and try again.</source>
        <translation>Esa clave de recuperación tiene un error de escritura. Compare cada grupo de cuatro caracteres con su copia e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The stored session history is damaged and could not be read, so nothing was changed; restoring a recent backup may bring it back.</source>
        <translation>El historial de sesiones guardado está dañado y no se pudo leer, así que no se cambió nada; restaurar una copia de seguridad reciente podría recuperarlo.</translation>
    </message>
    <message>
        <source>A session is already in progress; finish it or end it before starting another one.</source>
        <translation>Ya hay una sesión en curso; complétela o termínela antes de empezar otra.</translation>
    </message>
    <message>
        <source>That session is not in the vault; it may belong to a backup that was replaced.</source>
        <translation>Esa sesión no está en la bóveda; puede pertenecer a una copia de seguridad que se reemplazó.</translation>
    </message>
    <message>
        <source>the key file is missing</source>
        <translation>falta el archivo de claves</translation>
    </message>
    <message>
        <source>the key file could not be saved (the disk refused it)</source>
        <translation>no se pudo guardar el archivo de claves (el disco lo rechazó)</translation>
    </message>
    <message>
        <source>the key file does not match this vault</source>
        <translation>el archivo de claves no corresponde a esta bóveda</translation>
    </message>
    <message>
        <source>The export cannot be signed because %1. Lock companion and unlock it again; if this stays, restore the key file from the backups folder.</source>
        <extracomment>%1 is the reason: &quot;the key file is missing&quot;, …</extracomment>
        <translation>No se puede firmar la exportación porque %1. Bloquee companion y vuelva a desbloquearlo; si esto continúa, restaure el archivo de claves desde la carpeta de copias de seguridad.</translation>
    </message>
    <message>
        <source>The vault could not be read, so it was moved aside to %1 and nothing was deleted; you can restore a backup to continue.</source>
        <translation>No se pudo leer la bóveda, así que se movió a %1 y no se eliminó nada; puede restaurar una copia de seguridad para continuar.</translation>
    </message>
    <message>
        <source>The vault&apos;s database is missing and nothing was changed; you can restore a backup to continue.</source>
        <translation>Falta la base de datos de la bóveda y no se cambió nada; puede restaurar una copia de seguridad para continuar.</translation>
    </message>
    <message>
        <source>The record of the vault&apos;s newest changes is damaged, so the vault was moved aside to %1 with it and nothing was deleted; you can restore a backup to continue.</source>
        <translation>El registro de los cambios más recientes de la bóveda está dañado, así que la bóveda se movió con él a %1 y no se eliminó nada; puede restaurar una copia de seguridad para continuar.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made, but the vault opened normally. %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>No se pudo hacer la copia de seguridad de hoy, pero la bóveda se abrió normalmente. %1</translation>
    </message>
    <message>
        <source>Old backups could not be cleared away, but the vault opened normally. %1</source>
        <extracomment>%1 is the reason, a sentence</extracomment>
        <translation>No se pudieron eliminar las copias de seguridad antiguas, pero la bóveda se abrió normalmente. %1</translation>
    </message>
    <message>
        <source>A safety copy of the current vault could not be made, so nothing was restored.</source>
        <translation>No se pudo hacer una copia preventiva de la bóveda actual, así que no se restauró nada.</translation>
    </message>
    <message>
        <source>The vault is still open elsewhere; close companion everywhere and try again.</source>
        <translation>La bóveda sigue abierta en otro lugar; cierre companion en todas partes e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>That backup did not pass its integrity checks, so nothing was changed; choose another one.</source>
        <translation>Esa copia de seguridad no pasó sus comprobaciones de integridad, así que no se cambió nada; elija otra.</translation>
    </message>
    <message>
        <source>The copy of that backup did not read back correctly, so nothing was changed.</source>
        <translation>La copia de esa copia de seguridad no se leyó correctamente al comprobarla, así que no se cambió nada.</translation>
    </message>
</context>
<context>
    <name>StorageNames</name>
    <message>
        <source>the imported export</source>
        <translation>la exportación importada</translation>
    </message>
    <message>
        <source>the list of patients</source>
        <translation>la lista de pacientes</translation>
    </message>
    <message>
        <source>the care-plan file</source>
        <translation>el archivo del plan de cuidados</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>el archivo</translation>
    </message>
    <message>
        <source>the backups folder</source>
        <translation>la carpeta de copias de seguridad</translation>
    </message>
    <message>
        <source>the key file&apos;s copy</source>
        <translation>la copia del archivo de claves</translation>
    </message>
    <message>
        <source>a copy of the vault</source>
        <translation>una copia de la bóveda</translation>
    </message>
    <message>
        <source>the new vault</source>
        <translation>la nueva bóveda</translation>
    </message>
    <message>
        <source>the re-encrypted vault</source>
        <translation>la bóveda recifrada</translation>
    </message>
    <message>
        <source>the key file</source>
        <translation>el archivo de claves</translation>
    </message>
    <message>
        <source>your settings</source>
        <translation>su configuración</translation>
    </message>
    <message>
        <source>the checksum note</source>
        <translation>la nota de sumas de verificación</translation>
    </message>
    <message>
        <source>the damaged vault&apos;s new place</source>
        <translation>la nueva ubicación de la bóveda dañada</translation>
    </message>
    <message>
        <source>the restored vault</source>
        <translation>la bóveda restaurada</translation>
    </message>
    <message>
        <source>the data folder</source>
        <translation>la carpeta de datos</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <source>Passphrase strength</source>
        <translation>Seguridad de la frase de contraseña</translation>
    </message>
    <message>
        <source>Strength: not yet rated</source>
        <translation>Seguridad: aún sin evaluar</translation>
    </message>
    <message>
        <source>very weak</source>
        <translation>muy débil</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>débil</translation>
    </message>
    <message>
        <source>fair</source>
        <translation>aceptable</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>fuerte</translation>
    </message>
    <message>
        <source>very strong</source>
        <translation>muy fuerte</translation>
    </message>
    <message>
        <source>Strength: %1</source>
        <translation>Seguridad: %1</translation>
    </message>
</context>
<context>
    <name>TimeFormat</name>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <extracomment>A Qt date format (dddd weekday, d day, MMMM month); quote literal words, e.g. dddd d &apos;de&apos; MMMM.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM</translation>
    </message>
    <message>
        <source>dddd d MMMM, HH:mm</source>
        <extracomment>A Qt date-time format (dddd weekday, d day, MMMM month, HH:mm time); quote literal words.</extracomment>
        <translation>dddd d &apos;de&apos; MMMM, HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>A Qt date format (d day, MMM short month, yyyy year); quote literal words.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Today</name>
    <message>
        <source>Recorded %1</source>
        <translation>Registrado el %1</translation>
    </message>
    <message>
        <source>Discussed with my clinician</source>
        <translation>Ya lo hablé con mi profesional clínico</translation>
    </message>
    <message>
        <source>Mark as discussed with my clinician: %1</source>
        <translation>Marcar como hablado con mi profesional clínico: %1</translation>
    </message>
    <message>
        <source>%1 · Discussed with your clinician on %2</source>
        <translation>%1 · Hablado con su profesional clínico el %2</translation>
    </message>
    <message>
        <source>See the session</source>
        <translation>Ver la sesión</translation>
    </message>
    <message>
        <source>See the session this is about: %1</source>
        <translation>Ver la sesión a la que se refiere: %1</translation>
    </message>
    <message>
        <source>Already discussed</source>
        <translation>Ya hablado</translation>
    </message>
    <message>
        <source>Nothing needs attention right now.</source>
        <translation>Nada requiere atención en este momento.</translation>
    </message>
    <message>
        <source>One thing to mention to your clinician.</source>
        <translation>Una cosa para mencionar a su profesional clínico.</translation>
    </message>
    <message>
        <source>How is your mood right now? 0 is the lowest, 10 the best.</source>
        <translation>¿Cómo está su estado de ánimo ahora? 0 es el más bajo, 10 el mejor.</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Estado de ánimo</translation>
    </message>
    <message>
        <source>A few words, if you like (optional)</source>
        <translation>Unas palabras, si quiere (opcional)</translation>
    </message>
    <message>
        <source>Mood note</source>
        <translation>Nota sobre el estado de ánimo</translation>
    </message>
    <message>
        <source>Save mood</source>
        <translation>Guardar estado de ánimo</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>Saved today: %1.</source>
        <translation>Guardado hoy: %1.</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Next session</source>
        <translation>Próxima sesión</translation>
    </message>
    <message>
        <source>Go to the session page</source>
        <translation>Ir a la página de la sesión</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>Open check-ins</source>
        <translation>Abrir el seguimiento</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Requiere atención</translation>
    </message>
    <message>
        <source>Recent questionnaires</source>
        <translation>Cuestionarios recientes</translation>
    </message>
    <message>
        <source>Quick mood</source>
        <translation>Registro rápido del estado de ánimo</translation>
    </message>
    <message>
        <source>There is no care plan yet, so a session cannot start. Enter the plan your clinician gave you (or import their file) in Settings → Care plan.</source>
        <translation>Todavía no hay un plan de cuidados, así que no se puede empezar una sesión. Ingrese el plan que le dio su profesional clínico (o importe su archivo) en Configuración → Plan de cuidados.</translation>
    </message>
    <message>
        <source>A session is in progress (started %1). Continue it on the session page.</source>
        <translation>Hay una sesión en curso (empezó el %1). Continúela en la página de la sesión.</translation>
    </message>
    <message>
        <source>Your care plan has no planned session days. When your clinician says a session is due, the safety checklist can start from the session page.</source>
        <translation>Su plan de cuidados no tiene días de sesión planificados. Cuando su profesional clínico le diga que toca una sesión, la lista de verificación de seguridad puede empezar desde la página de la sesión.</translation>
    </message>
    <message>
        <source>Today is a planned session day. The safety checklist can start whenever you are ready and your sitter is with you.</source>
        <translation>Hoy es un día de sesión planificado. La lista de verificación de seguridad puede empezar cuando usted esté listo(a) y su acompañante esté con usted.</translation>
    </message>
    <message>
        <source>Next planned session: %1. The safety checklist starts from the session page on the day.</source>
        <translation>Próxima sesión planificada: %1. Ese día, la lista de verificación de seguridad empieza desde la página de la sesión.</translation>
    </message>
    <message>
        <source>Today&apos;s session is recorded.</source>
        <translation>La sesión de hoy está registrada.</translation>
    </message>
    <message>
        <source>How you feel after the session of %1 (the log stays open until %2)</source>
        <translation>Cómo se siente después de la sesión del %1 (el registro queda abierto hasta el %2)</translation>
    </message>
    <message>
        <source>Next-day check-in for the session of %1</source>
        <translation>Seguimiento del día siguiente de la sesión del %1</translation>
    </message>
    <message>
        <source>%1: your first one, as a starting point</source>
        <translation>%1: el primero, como punto de partida</translation>
    </message>
    <message numerus="yes">
        <source>%1: last one on %2 (every %n days)</source>
        <translation>
            <numerusform>%1: el último fue el %2 (cada %n día)</numerusform>
            <numerusform>%1: el último fue el %2 (cada %n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing is due today.</source>
        <translation>No hay nada pendiente hoy.</translation>
    </message>
    <message>
        <source>No questionnaires yet.</source>
        <translation>Todavía no hay cuestionarios.</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>UnlockScreen</name>
    <message>
        <source>Welcome back</source>
        <translation>Hola de nuevo</translation>
    </message>
    <message>
        <source>Type your passphrase to open your vault.</source>
        <translation>Escriba su frase de contraseña para abrir su bóveda.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Desbloqueando…</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Desbloquear</translation>
    </message>
    <message>
        <source>Forgot your passphrase?</source>
        <translation>¿Olvidó su frase de contraseña?</translation>
    </message>
    <message>
        <source>Use your recovery key</source>
        <translation>Usar su clave de recuperación</translation>
    </message>
</context>
<context>
    <name>VerificationBanner</name>
    <message>
        <source>Verification</source>
        <translation>Verificación</translation>
    </message>
    <message>
        <source>What the check found</source>
        <translation>Lo que encontró la verificación</translation>
    </message>
    <message>
        <source>Add this patient…</source>
        <translation>Agregar a este paciente…</translation>
    </message>
    <message>
        <source>Add this patient</source>
        <translation>Agregar a este paciente</translation>
    </message>
    <message>
        <source>They have a new key…</source>
        <translation>Tiene una clave nueva…</translation>
    </message>
    <message>
        <source>They have a new key</source>
        <translation>Tiene una clave nueva</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Verificando %1…</translation>
    </message>
    <message>
        <source>Every file is compared with the signed manifest, and the signature with the key you confirmed. Nothing in it is shown until that is done.</source>
        <translation>Se compara cada archivo con el manifiesto firmado, y la firma con la clave que usted confirmó. No se muestra nada de su contenido hasta terminar.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Verified: this export is %1&apos;s, unchanged.</source>
        <translation>Verificada: esta exportación es de %1 y no ha cambiado.</translation>
    </message>
    <message>
        <source>Every file matches what %1&apos;s app signed, with the key you confirmed with them.</source>
        <translation>Cada archivo coincide con lo que firmó la aplicación de %1, con la clave que usted confirmó con el paciente.</translation>
    </message>
    <message>
        <source>Signed by %1</source>
        <translation>Firmada con %1</translation>
    </message>
    <message>
        <source>It is not a complete export.</source>
        <translation>No es una exportación completa.</translation>
    </message>
    <message>
        <source>and %1 more.</source>
        <translation>y %1 más.</translation>
    </message>
    <message>
        <source>Do not use this export: it was changed after it was signed.</source>
        <translation>No use esta exportación: se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>%1 does not match what the patient&apos;s app signed:</source>
        <translation>%1 no coincide con lo que firmó la aplicación del paciente:</translation>
    </message>
    <message>
        <source>Nothing in it is shown. Ask the patient for a new export.</source>
        <translation>No se muestra nada de su contenido. Pida al paciente una nueva exportación.</translation>
    </message>
    <message>
        <source>It names its patient “%1”.</source>
        <translation>Indica como paciente a “%1”.</translation>
    </message>
    <message>
        <source>Unknown key: none of your patients has the key that signed it.</source>
        <translation>Clave desconocida: ninguno de sus pacientes tiene la clave que la firmó.</translation>
    </message>
    <message>
        <source>The export is intact, signed by the key %1.</source>
        <translation>La exportación está intacta, firmada con la clave %1.</translation>
    </message>
    <message>
        <source>Confirm the fingerprint with the patient before you add them; until then nothing in it is shown.</source>
        <translation>Confirme la huella con el paciente antes de agregarlo; hasta entonces no se muestra nada de su contenido.</translation>
    </message>
    <message>
        <source>It could not be opened.</source>
        <translation>No se pudo abrir.</translation>
    </message>
    <message>
        <source>This export could not be checked.</source>
        <translation>No se pudo verificar esta exportación.</translation>
    </message>
    <message>
        <source>this patient</source>
        <translation>este paciente</translation>
    </message>
    <message>
        <source>This export was signed by a different key than the one you confirmed for %1.</source>
        <translation>Esta exportación se firmó con una clave distinta de la que usted confirmó para %1.</translation>
    </message>
    <message>
        <source>The key you confirmed:  %1</source>
        <translation>La clave que usted confirmó:  %1</translation>
    </message>
    <message>
        <source>The key that signed it:  %1</source>
        <translation>La clave que la firmó:  %1</translation>
    </message>
    <message>
        <source>It may not come from %1. Call them and compare fingerprints before you trust any of it; nothing in it is shown.</source>
        <translation>Puede que no venga de %1. Llame a esa persona y comparen las huellas antes de confiar en nada de su contenido; no se muestra nada.</translation>
    </message>
    <message>
        <source>The key that signed it is %1&apos;s.</source>
        <translation>La clave que la firmó es de %1.</translation>
    </message>
    <message>
        <source>Warning: signed by a different key</source>
        <translation>Advertencia: firmada con otra clave</translation>
    </message>
    <message>
        <source>Checking %1&apos;s exports…</source>
        <translation>Verificando las exportaciones de %1…</translation>
    </message>
    <message>
        <source>%1 exports are compared with their signed manifests and %2&apos;s key.</source>
        <translation>Se comparan %1 exportaciones con sus manifiestos firmados y con la clave de %2.</translation>
    </message>
    <message>
        <source>Verified: all %1 exports are %2&apos;s, unchanged.</source>
        <translation>Verificadas: las %1 exportaciones son de %2 y no han cambiado.</translation>
    </message>
    <message>
        <source>Each is signed by the key you confirmed with %1; they are shown together below, each record from the newest export that holds it.</source>
        <translation>Cada una está firmada con la clave que usted confirmó con %1; se muestran juntas abajo, y cada registro se toma de la exportación más reciente que lo contiene.</translation>
    </message>
    <message>
        <source>%1 — %2, made %3: not shown.</source>
        <translation>%1 — %2, creada el %3: no se muestra.</translation>
    </message>
    <message>
        <source>Warning: %1 of %2&apos;s exports cannot be trusted.</source>
        <translation>Advertencia: no se puede confiar en %1 de las exportaciones de %2.</translation>
    </message>
    <message>
        <source>The other export verified and is shown below.</source>
        <translation>La otra exportación pasó la verificación y se muestra abajo.</translation>
    </message>
    <message>
        <source>The other %1 verified and are shown below.</source>
        <translation>Las otras %1 pasaron la verificación y se muestran abajo.</translation>
    </message>
    <message>
        <source>None of them is shown.</source>
        <translation>No se muestra ninguna.</translation>
    </message>
    <message>
        <source>One or more was signed by a different key than the one you confirmed for %1: call them and compare fingerprints.</source>
        <translation>Una o más se firmaron con una clave distinta de la que usted confirmó para %1: llame a esa persona y comparen las huellas.</translation>
    </message>
    <message>
        <source>This could not be shown.</source>
        <translation>No se pudo mostrar.</translation>
    </message>
</context>
<context>
    <name>VitalsTexts</name>
    <message>
        <source>Please measure again.</source>
        <translation>Por favor, vuelva a medir.</translation>
    </message>
    <message>
        <source>Please measure again: check the finger clip. If the patient has trouble breathing or cannot be woken, call the emergency number now.</source>
        <translation>Por favor, vuelva a medir: revise la pinza del dedo. Si el paciente tiene dificultad para respirar o no se le puede despertar, llame ahora al número de emergencias.</translation>
    </message>
    <message>
        <source>The oxygen saturation (SpO2) should be between %1 and %2 %. %3</source>
        <extracomment>%1 and %2 are percentages (70 and 100); %3 says what to do</extracomment>
        <translation>La saturación de oxígeno (SpO2) debe estar entre %1 y %2 %. %3</translation>
    </message>
    <message>
        <source>The upper number (systolic) should be between %1 and %2. %3</source>
        <translation>El número superior (sistólica) debe estar entre %1 y %2. %3</translation>
    </message>
    <message>
        <source>The lower number (diastolic) should be between %1 and %2. %3</source>
        <translation>El número inferior (diastólica) debe estar entre %1 y %2. %3</translation>
    </message>
    <message>
        <source>The upper number (systolic) should be higher than the lower one. %1</source>
        <translation>El número superior (sistólica) debe ser mayor que el inferior. %1</translation>
    </message>
    <message>
        <source>The heart rate should be between %1 and %2. %3</source>
        <translation>La frecuencia cardiaca debe estar entre %1 y %2. %3</translation>
    </message>
    <message>
        <source>The oxygen saturation (SpO2) is %1 %, below %2 %, the limit in your care plan.</source>
        <translation>La saturación de oxígeno (SpO2) es de %1 %, por debajo de %2 %, el límite de su plan de cuidados.</translation>
    </message>
    <message>
        <source>The upper number (systolic) is above %1, the limit in your care plan for starting.</source>
        <translation>El número superior (sistólica) está por encima de %1, el límite de su plan de cuidados para empezar.</translation>
    </message>
    <message>
        <source>The lower number (diastolic) is above %1, the limit in your care plan for starting.</source>
        <translation>El número inferior (diastólica) está por encima de %1, el límite de su plan de cuidados para empezar.</translation>
    </message>
    <message>
        <source>The heart rate is above %1, the limit in your care plan for starting.</source>
        <translation>La frecuencia cardiaca está por encima de %1, el límite de su plan de cuidados para empezar.</translation>
    </message>
    <message>
        <source>The oxygen saturation (SpO2) is below %1 %, the limit in your care plan.</source>
        <translation>La saturación de oxígeno (SpO2) está por debajo de %1 %, el límite de su plan de cuidados.</translation>
    </message>
    <message>
        <source>The upper number (systolic) is above %1, where your care plan asks for extra care.</source>
        <translation>El número superior (sistólica) está por encima de %1, nivel en el que su plan de cuidados pide precaución adicional.</translation>
    </message>
    <message>
        <source>The lower number (diastolic) is above %1, where your care plan asks for extra care.</source>
        <translation>El número inferior (diastólica) está por encima de %1, nivel en el que su plan de cuidados pide precaución adicional.</translation>
    </message>
    <message>
        <source>The upper number (systolic) is %1 or more.</source>
        <translation>El número superior (sistólica) es de %1 o más.</translation>
    </message>
    <message>
        <source>The lower number (diastolic) is %1 or more.</source>
        <translation>El número inferior (diastólica) es de %1 o más.</translation>
    </message>
    <message>
        <source>The upper number (systolic) has risen by %1 or more since before the dose.</source>
        <translation>El número superior (sistólica) ha subido %1 o más desde antes de la dosis.</translation>
    </message>
    <message>
        <source>The lower number (diastolic) has risen by %1 or more since before the dose.</source>
        <translation>El número inferior (diastólica) ha subido %1 o más desde antes de la dosis.</translation>
    </message>
    <message>
        <source>The blood pressure is still above the care plan&apos;s do-not-start limits (%1/%2).</source>
        <translation>La presión arterial sigue por encima de los límites del plan de cuidados que impiden empezar (%1/%2).</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to companion</source>
        <translation>Le damos la bienvenida a companion</translation>
    </message>
    <message>
        <source>Larger text or other colours? Choose them here; Settings has them too.</source>
        <translation>¿Texto más grande u otros colores? Elíjalos aquí; también están en Configuración.</translation>
    </message>
    <message>
        <source>companion keeps you company through the treatment your clinician prescribed. It helps with:</source>
        <translation>companion le hace compañía durante el tratamiento que le recetó su profesional clínico. Le ayuda con:</translation>
    </message>
    <message>
        <source>a safety checklist before each session</source>
        <translation>una lista de verificación de seguridad antes de cada sesión</translation>
    </message>
    <message>
        <source>check-ins with your sitter during a session</source>
        <translation>comprobaciones del acompañante durante la sesión</translation>
    </message>
    <message>
        <source>a record of how you feel afterwards</source>
        <translation>un registro de cómo se siente después</translation>
    </message>
    <message>
        <source>a private journal</source>
        <translation>un diario privado</translation>
    </message>
    <message>
        <source>an export that you choose to hand to your clinician</source>
        <translation>una exportación que usted decide entregar a su profesional clínico</translation>
    </message>
    <message>
        <source>What each session needs</source>
        <translation>Lo que necesita cada sesión</translation>
    </message>
    <message>
        <source>a sitter: an adult who stays with you, sober, for the whole session</source>
        <translation>un acompañante: un adulto que se queda con usted, sobrio, durante toda la sesión</translation>
    </message>
    <message>
        <source>a blood-pressure monitor</source>
        <translation>un monitor de presión arterial</translation>
    </message>
    <message>
        <source>a pulse oximeter, if your care plan asks for one</source>
        <translation>un oxímetro de pulso, si su plan de cuidados lo pide</translation>
    </message>
    <message>
        <source>your care plan from your clinician (you enter it at the end of this setup)</source>
        <translation>el plan de cuidados que le dio su profesional clínico (lo ingresará al final de esta configuración inicial)</translation>
    </message>
    <message>
        <source>What companion is not</source>
        <translation>Lo que companion no es</translation>
    </message>
    <message>
        <source>companion is not a medical device and does not give advice about doses. It is not for emergencies: if you feel unsafe, call your local emergency number.</source>
        <translation>companion no es un dispositivo médico y no da consejos sobre dosis. No es para emergencias: si se siente en peligro, llame a su número local de emergencias.</translation>
    </message>
    <message>
        <source>Your information stays here</source>
        <translation>Su información se queda aquí</translation>
    </message>
    <message>
        <source>Everything you enter stays on this computer, in your vault: the encrypted place where companion keeps it all. Nothing is sent anywhere. The vault is locked with a passphrase you choose next. If the passphrase is forgotten, only the recovery key you will be shown can open it again — nobody else can.</source>
        <translation>Todo lo que ingrese se queda en esta computadora, en su bóveda: el lugar cifrado donde companion lo guarda todo. No se envía nada a ningún lugar. La bóveda se bloquea con una frase de contraseña que usted elegirá a continuación. Si olvida la frase de contraseña, solo la clave de recuperación que se le mostrará puede volver a abrirla — nadie más puede.</translation>
    </message>
    <message>
        <source>Get started</source>
        <translation>Comenzar</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
</context>
</TS>
