import Curriculum
import Foundation
import Reports
import TestSupport
import Testing

/// A handout made in Spanish words its own pages in Spanish (the bundle's text stays the
/// bundle's): the call box, the jobs, the card, the logs, the closing box and the page footer.
@Suite struct SpanishHandoutTests {
  let bundle = SampleBundle.make()

  @Test func theHomePagesAreInSpanish() throws {
    let handout = try Handout(
      bundle: bundle, topicIDs: ["about", "care"], careTeamContact: nil, language: .spanish)
    let markdown = handout.markdown()
    for words in [
      "## Cuándo llamar a su equipo médico", "## Sus tareas en casa",
      "### Tarea 1: Revise todos los días la piel alrededor del puerto.",
      "## Llene esta tarjeta con su equipo médico", "| **Fecha del próximo lavado** |",
      "☐ Sí  ☐ No  ☐ No estoy seguro: pregunte", "| Señal que debe buscar | Día 1 |",
      "## Registro de lavados", "## ¿Tiene preguntas? ¿Está preocupado?",
    ] {
      #expect(markdown.contains(words), "\(words)")
    }
    for english in ["Your jobs at home", "Flush log", "Write it here", "Day 1"] {
      #expect(!markdown.contains(english), "\(english)")
    }
    let html = handout.html()
    #expect(html.contains("<html lang=\"es\">"))
    #expect(html.contains("content: \"Página \" counter(page) \" de \" counter(pages);"))
    #expect(html.contains("Una hoja para llevar a casa y guardar: 2 temas"))
  }

  @Test func anEnglishHandoutKeepsItsPageCounter() throws {
    let html = try Handout(bundle: bundle, topicIDs: ["care"], careTeamContact: nil).html()
    #expect(html.contains("<html lang=\"en\">"))
    #expect(html.contains("content: \"Page \" counter(page) \" of \" counter(pages);"))
  }
}
