// Generated from Sources/Reports/Catalogues/*.messages by scripts/generate-messages.sh. Do not edit:
// change the catalogues and run the script (MessageCatalogueTests fails when this file is
// out of date).

import Curriculum
import Markdown

/// Every message, by key; `text(in:)` words one in a language with its placeholders filled.
package enum RecordMessage: Sendable {
  /// A handout to keep: {count} topics
  case handoutSubtitle(count: Int)
  /// Contents
  case handoutContents
  /// {title} — version {version}
  case handoutFooter(title: StyledText, version: StyledText)
  /// Page {page} of {pages}
  case handoutPageOfPages(page: StyledText, pages: StyledText)
  /// Figure: {title}.
  case handoutFigure(title: StyledText)
  /// What this handout is for:
  case handoutPurposeLead
  /// It helps you care for a port at home, and know when to call for help. Keep it where you c…
  case handoutPurpose
  /// Who it is for:
  case handoutForWhomLead
  /// When to call your care team
  case handoutCallTitle
  /// Call if you notice any of these signs:
  case handoutCallSigns
  /// Your care team:
  case handoutCallYourCareTeam
  /// Your care team's number:
  case handoutCallNumber
  /// Write it here:
  case handoutCallWriteItHere
  /// Your jobs at home
  case handoutJobsTitle
  /// Each job is written as steps on the next page.
  case handoutJobsStepsNote
  /// Your jobs, step by step
  case handoutStepsTitle
  /// Job {number}: {title}
  case handoutJobNumber(number: StyledText, title: StyledText)
  /// Look for the warning signs in the red box on page 1.
  case handoutLookRedBox
  /// Look for any of these: {signs}.
  case handoutLookForThese(signs: StyledText)
  /// Check the skin around the port every day.
  case handoutJobSkin
  /// Look at the skin over and around the port.
  case handoutJobSkinLook
  /// Put a tick in today's box in the daily checklist.
  case handoutJobSkinTick
  /// If you see a sign, call your care team right away, day or night.
  case handoutJobSkinCall
  /// Keep track of each flush.
  case handoutJobFlush
  /// Ask your care team who will flush the port, and when.
  case handoutJobFlushWho
  /// Write the next flush date on the card and on your calendar.
  case handoutJobFlushDate
  /// After each flush, fill in one line of the flush log.
  case handoutJobFlushLog
  /// If a flush date was missed, call your care team. They will tell you what to do.
  case handoutJobFlushMissed
  /// Watch for a fever.
  case handoutJobFever
  /// Ask your care team at what temperature to call. Write it on the card.
  case handoutJobFeverAsk
  /// Keep a working thermometer at home.
  case handoutJobFeverThermometer
  /// If the temperature reaches that number, call right away, day or night. Do not wait for mo…
  case handoutJobFeverCall
  /// Do not give fever medicine until your care team says it is OK.
  case handoutJobFeverMedicine
  /// Know when to call.
  case handoutJobCall
  /// Read the red box on page 1.
  case handoutJobCallRead
  /// Keep your care team's numbers on the card and in your phone.
  case handoutJobCallNumbers
  /// When you call, say that you (or your child) have an implanted port.
  case handoutJobCallSay
  /// Fill in this card with your care team
  case handoutCardTitle
  /// Fill it in before you go home. Bring it to every visit.
  case handoutCardNote
  /// What to know
  case handoutCardWhat
  /// Write it here
  case handoutCardWrite
  /// Care team, daytime phone
  case handoutCardDaytime
  /// Nights and weekends phone
  case handoutCardNights
  /// Where to go if we cannot reach anyone
  case handoutCardWhere
  /// Call if the temperature is at or above
  case handoutCardTemperature
  /// Port type (for example, single or double lumen)
  case handoutCardPortType
  /// Power-injectable (can take scan dye)?
  case handoutCardPowerInjectable
  /// Next flush date
  case handoutCardNextFlush
  /// °C or °F
  case handoutCardDegrees
  /// ☐ Yes  ☐ No  ☐ Not sure: ask
  case handoutCardPowerChoices
  /// Daily site checklist
  case handoutChecklistTitle
  /// Each day, look at the skin around the port. Write the date at the top. Put a tick if you …
  case handoutChecklistNote
  /// Sign to look for
  case handoutChecklistSign
  /// Day {number}
  case handoutChecklistDay(number: StyledText)
  /// Date
  case handoutChecklistDate
  /// Any sign in the red box on page 1
  case handoutChecklistAnySign
  /// Flush log
  case handoutFlushLogTitle
  /// Write one line each time the port is flushed. Bring this log to your visits.
  case handoutFlushLogNote
  /// Date
  case handoutFlushLogDate
  /// Who did it, and where
  case handoutFlushLogWho
  /// How it went
  case handoutFlushLogHow
  /// Next flush date
  case handoutFlushLogNext
  /// Questions? Worried?
  case handoutClosingTitle
  /// Call your care team. It is OK to call, even if you are not sure. Call right away, day or …
  case handoutClosingLead
  /// Your care team:
  case handoutClosingContactLead
  /// Write your care team's number here:
  case handoutClosingWriteIt
}

extension RecordMessage {
  /// The message in `language`.
  package func text(in language: Language) -> StyledText {
    switch language {
    case .english: return english
    case .spanish: return spanish
    }
  }

  private var english: StyledText {
    switch self {
    case .handoutSubtitle(let count):
      switch PluralCategory(count, in: .english) {
      case .one:
        return "A handout to keep: \(count) topic"
      case .other:
        return "A handout to keep: \(count) topics"
      }
    case .handoutContents:
      return "Contents"
    case .handoutFooter(let title, let version):
      return "\(title) — version \(version)"
    case .handoutPageOfPages(let page, let pages):
      return "Page \(page) of \(pages)"
    case .handoutFigure(let title):
      return "Figure: \(title)."
    case .handoutPurposeLead:
      return "What this handout is for:"
    case .handoutPurpose:
      return """
        It helps you care for a port at home, and know when to call for help. Keep it where you \
        can find it fast, like on the fridge.
        """
    case .handoutForWhomLead:
      return "Who it is for:"
    case .handoutCallTitle:
      return "When to call your care team"
    case .handoutCallSigns:
      return "Call if you notice any of these signs:"
    case .handoutCallYourCareTeam:
      return "Your care team:"
    case .handoutCallNumber:
      return "Your care team's number:"
    case .handoutCallWriteItHere:
      return "Write it here:"
    case .handoutJobsTitle:
      return "Your jobs at home"
    case .handoutJobsStepsNote:
      return "Each job is written as steps on the next page."
    case .handoutStepsTitle:
      return "Your jobs, step by step"
    case .handoutJobNumber(let number, let title):
      return "Job \(number): \(title)"
    case .handoutLookRedBox:
      return "Look for the warning signs in the red box on page 1."
    case .handoutLookForThese(let signs):
      return "Look for any of these: \(signs)."
    case .handoutJobSkin:
      return "Check the skin around the port every day."
    case .handoutJobSkinLook:
      return "Look at the skin over and around the port."
    case .handoutJobSkinTick:
      return "Put a tick in today's box in the daily checklist."
    case .handoutJobSkinCall:
      return "If you see a sign, call your care team right away, day or night."
    case .handoutJobFlush:
      return "Keep track of each flush."
    case .handoutJobFlushWho:
      return "Ask your care team who will flush the port, and when."
    case .handoutJobFlushDate:
      return "Write the next flush date on the card and on your calendar."
    case .handoutJobFlushLog:
      return "After each flush, fill in one line of the flush log."
    case .handoutJobFlushMissed:
      return "If a flush date was missed, call your care team. They will tell you what to do."
    case .handoutJobFever:
      return "Watch for a fever."
    case .handoutJobFeverAsk:
      return "Ask your care team at what temperature to call. Write it on the card."
    case .handoutJobFeverThermometer:
      return "Keep a working thermometer at home."
    case .handoutJobFeverCall:
      return """
        If the temperature reaches that number, call right away, day or night. Do not wait for \
        morning.
        """
    case .handoutJobFeverMedicine:
      return "Do not give fever medicine until your care team says it is OK."
    case .handoutJobCall:
      return "Know when to call."
    case .handoutJobCallRead:
      return "Read the red box on page 1."
    case .handoutJobCallNumbers:
      return "Keep your care team's numbers on the card and in your phone."
    case .handoutJobCallSay:
      return "When you call, say that you (or your child) have an implanted port."
    case .handoutCardTitle:
      return "Fill in this card with your care team"
    case .handoutCardNote:
      return "Fill it in before you go home. Bring it to every visit."
    case .handoutCardWhat:
      return "What to know"
    case .handoutCardWrite:
      return "Write it here"
    case .handoutCardDaytime:
      return "Care team, daytime phone"
    case .handoutCardNights:
      return "Nights and weekends phone"
    case .handoutCardWhere:
      return "Where to go if we cannot reach anyone"
    case .handoutCardTemperature:
      return "Call if the temperature is at or above"
    case .handoutCardPortType:
      return "Port type (for example, single or double lumen)"
    case .handoutCardPowerInjectable:
      return "Power-injectable (can take scan dye)?"
    case .handoutCardNextFlush:
      return "Next flush date"
    case .handoutCardDegrees:
      return "°C or °F"
    case .handoutCardPowerChoices:
      return "☐ Yes  ☐ No  ☐ Not sure: ask"
    case .handoutChecklistTitle:
      return "Daily site checklist"
    case .handoutChecklistNote:
      return """
        Each day, look at the skin around the port. Write the date at the top. Put a tick if you \
        do not see the sign. If you see it, call your care team right away, day or night.
        """
    case .handoutChecklistSign:
      return "Sign to look for"
    case .handoutChecklistDay(let number):
      return "Day \(number)"
    case .handoutChecklistDate:
      return "Date"
    case .handoutChecklistAnySign:
      return "Any sign in the red box on page 1"
    case .handoutFlushLogTitle:
      return "Flush log"
    case .handoutFlushLogNote:
      return "Write one line each time the port is flushed. Bring this log to your visits."
    case .handoutFlushLogDate:
      return "Date"
    case .handoutFlushLogWho:
      return "Who did it, and where"
    case .handoutFlushLogHow:
      return "How it went"
    case .handoutFlushLogNext:
      return "Next flush date"
    case .handoutClosingTitle:
      return "Questions? Worried?"
    case .handoutClosingLead:
      return """
        Call your care team. It is OK to call, even if you are not sure. Call right away, day or \
        night, if you see any sign in the red box on page 1.
        """
    case .handoutClosingContactLead:
      return "Your care team:"
    case .handoutClosingWriteIt:
      return "Write your care team's number here:"
    }
  }

  private var spanish: StyledText {
    switch self {
    case .handoutSubtitle(let count):
      switch PluralCategory(count, in: .spanish) {
      case .one:
        return "Una hoja para llevar a casa y guardar: \(count) tema"
      case .other:
        return "Una hoja para llevar a casa y guardar: \(count) temas"
      }
    case .handoutContents:
      return "Contenido"
    case .handoutFooter(let title, let version):
      return "\(title) — versión \(version)"
    case .handoutPageOfPages(let page, let pages):
      return "Página \(page) de \(pages)"
    case .handoutFigure(let title):
      return "Dibujo: \(title)."
    case .handoutPurposeLead:
      return "Para qué es esta hoja:"
    case .handoutPurpose:
      return """
        Le ayuda a cuidar un puerto implantado en casa y a saber cuándo pedir ayuda. Guárdela \
        donde la encuentre rápido, por ejemplo en el refrigerador.
        """
    case .handoutForWhomLead:
      return "Para quién es:"
    case .handoutCallTitle:
      return "Cuándo llamar a su equipo médico"
    case .handoutCallSigns:
      return "Llame si nota cualquiera de estas señales:"
    case .handoutCallYourCareTeam:
      return "Su equipo médico:"
    case .handoutCallNumber:
      return "El número de su equipo médico:"
    case .handoutCallWriteItHere:
      return "Escríbalo aquí:"
    case .handoutJobsTitle:
      return "Sus tareas en casa"
    case .handoutJobsStepsNote:
      return "En la página siguiente, cada tarea está escrita paso a paso."
    case .handoutStepsTitle:
      return "Sus tareas, paso a paso"
    case .handoutJobNumber(let number, let title):
      return "Tarea \(number): \(title)"
    case .handoutLookRedBox:
      return "Busque las señales de alarma del recuadro rojo de la página 1."
    case .handoutLookForThese(let signs):
      return "Busque cualquiera de estas señales: \(signs)."
    case .handoutJobSkin:
      return "Revise todos los días la piel alrededor del puerto."
    case .handoutJobSkinLook:
      return "Mire la piel encima del puerto y alrededor."
    case .handoutJobSkinTick:
      return "Ponga una marca en la casilla de hoy en la lista diaria."
    case .handoutJobSkinCall:
      return "Si ve una señal, llame enseguida a su equipo médico, de día o de noche."
    case .handoutJobFlush:
      return "Lleve la cuenta de cada lavado del puerto."
    case .handoutJobFlushWho:
      return """
        Pregunte a su equipo médico quién va a lavar el puerto (con una jeringa de solución \
        salina), y cuándo.
        """
    case .handoutJobFlushDate:
      return "Escriba la fecha del próximo lavado en la tarjeta y en su calendario."
    case .handoutJobFlushLog:
      return "Después de cada lavado, llene una línea del registro de lavados."
    case .handoutJobFlushMissed:
      return "Si se pasó la fecha de un lavado, llame a su equipo médico. Le dirán qué hacer."
    case .handoutJobFever:
      return "Esté atento a la fiebre."
    case .handoutJobFeverAsk:
      return "Pregunte a su equipo médico con qué temperatura debe llamar. Escríbala en la tarjeta."
    case .handoutJobFeverThermometer:
      return "Tenga en casa un termómetro que funcione."
    case .handoutJobFeverCall:
      return """
        Si la temperatura llega a ese número, llame enseguida, de día o de noche. No espere a la \
        mañana.
        """
    case .handoutJobFeverMedicine:
      return "No dé medicina para la fiebre hasta que su equipo médico le diga que está bien."
    case .handoutJobCall:
      return "Sepa cuándo llamar."
    case .handoutJobCallRead:
      return "Lea el recuadro rojo de la página 1."
    case .handoutJobCallNumbers:
      return "Tenga los números de su equipo médico en la tarjeta y en su teléfono."
    case .handoutJobCallSay:
      return "Cuando llame, diga que usted (o su hijo o hija) tiene un puerto implantado."
    case .handoutCardTitle:
      return "Llene esta tarjeta con su equipo médico"
    case .handoutCardNote:
      return "Llénela antes de irse a casa. Tráigala a cada cita."
    case .handoutCardWhat:
      return "Qué debe saber"
    case .handoutCardWrite:
      return "Escríbalo aquí"
    case .handoutCardDaytime:
      return "Teléfono del equipo médico, de día"
    case .handoutCardNights:
      return "Teléfono para noches y fines de semana"
    case .handoutCardWhere:
      return "Adónde ir si no nos contesta nadie"
    case .handoutCardTemperature:
      return "Llame si la temperatura llega a"
    case .handoutCardPortType:
      return "Tipo de puerto (por ejemplo, de una vía o de dos vías)"
    case .handoutCardPowerInjectable:
      return """
        ¿Es un puerto para inyección a presión (\"power port\", sirve para el contraste de los \
        estudios)?
        """
    case .handoutCardNextFlush:
      return "Fecha del próximo lavado"
    case .handoutCardDegrees:
      return "°C o °F"
    case .handoutCardPowerChoices:
      return "☐ Sí  ☐ No  ☐ No estoy seguro: pregunte"
    case .handoutChecklistTitle:
      return "Lista diaria del sitio del puerto"
    case .handoutChecklistNote:
      return """
        Cada día, mire la piel alrededor del puerto. Escriba la fecha arriba. Ponga una marca si \
        no ve la señal. Si la ve, llame enseguida a su equipo médico, de día o de noche.
        """
    case .handoutChecklistSign:
      return "Señal que debe buscar"
    case .handoutChecklistDay(let number):
      return "Día \(number)"
    case .handoutChecklistDate:
      return "Fecha"
    case .handoutChecklistAnySign:
      return "Cualquier señal del recuadro rojo de la página 1"
    case .handoutFlushLogTitle:
      return "Registro de lavados"
    case .handoutFlushLogNote:
      return "Escriba una línea cada vez que se lave el puerto. Traiga este registro a sus citas."
    case .handoutFlushLogDate:
      return "Fecha"
    case .handoutFlushLogWho:
      return "Quién lo hizo, y dónde"
    case .handoutFlushLogHow:
      return "Cómo salió"
    case .handoutFlushLogNext:
      return "Fecha del próximo lavado"
    case .handoutClosingTitle:
      return "¿Tiene preguntas? ¿Está preocupado?"
    case .handoutClosingLead:
      return """
        Llame a su equipo médico. Está bien llamar, aunque no esté seguro. Llame enseguida, de día \
        o de noche, si ve cualquier señal del recuadro rojo de la página 1.
        """
    case .handoutClosingContactLead:
      return "Su equipo médico:"
    case .handoutClosingWriteIt:
      return "Escriba aquí el número de su equipo médico:"
    }
  }
}
