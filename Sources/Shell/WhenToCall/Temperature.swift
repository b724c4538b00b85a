import Foundation

/// Body temperatures as people type them: `38.5`, `38,5`, `101 F`, `100.4°F`, `38 C`, `he has a
/// temperature of 38.5`, `tiene 38,5 grados`. A number without a unit is read as Celsius below 45 and as Fahrenheit
/// from 90; anything outside the range of a living body is not a temperature.
enum Temperature {
  /// The first temperature in `text`, in degrees Celsius, or nil.
  static func celsius(in text: String) -> Double? {
    let scalars = Array(text.lowercased().replacingOccurrences(of: ",", with: "."))
    var index = 0
    while index < scalars.count {
      guard scalars[index].isNumber else {
        index += 1
        continue
      }
      var end = index
      while end < scalars.count && (scalars[end].isNumber || scalars[end] == ".") { end += 1 }
      let number = Double(String(scalars[index..<end]).trimmingCharacters(in: ["."]))
      let rest = String(scalars[end...]).trimmingCharacters(in: .whitespaces)
      if let number, let celsius = reading(number, unit: unit(at: rest)) { return celsius }
      index = end
    }
    return nil
  }

  /// A limit as a clinic writes it (`38`, `38.0 C`, `100.4 F`), in degrees Celsius.
  static func limit(_ text: String) -> Double? { celsius(in: text) }

  private enum Unit { case celsius, fahrenheit }

  private static func unit(at text: String) -> Unit? {
    let word = text.drop { $0 == "°" || $0 == "º" }.prefix { $0.isLetter }
    switch word {
    case "c", "celsius", "centigrade", "centígrados", "centigrados": return .celsius
    case "f", "fahrenheit": return .fahrenheit
    default: return nil
    }
  }

  private static func reading(_ number: Double, unit: Unit?) -> Double? {
    let celsius: Double
    switch unit {
    case .celsius: celsius = number
    case .fahrenheit: celsius = (number - 32) * 5 / 9
    case nil:
      if number < 45 {
        celsius = number
      } else if number >= 90 {
        celsius = (number - 32) * 5 / 9
      } else {
        return nil
      }
    }
    return (30...45).contains(celsius) ? celsius : nil
  }
}
