import Testing

@testable import Planning

/// The risk section of the HTML page without a browser: the distributions carry the
/// figures `risk --format json` prints, and a page without risk figures has no section.
@Suite struct HTMLRiskSectionTests {
    static func page(yaml: String = RiskFiguresTests.yaml) throws -> (String, RiskFigures) {
        let (plan, result, run) = try RiskFiguresTests.evaluated(yaml)
        let figures = RiskFigures(run)
        return (HTMLReport(result: result, plan: plan, risk: figures).text, figures)
    }

    /// The value of `attribute` on the element with id `id`.
    static func attribute(_ attribute: String, of id: String, in html: String) -> String? {
        guard
            let element = html.components(separatedBy: "id=\"\(id)\"").dropFirst().first?.prefix(while: { $0 != ">" }),
            let value = element.components(separatedBy: "\(attribute)=\"").dropFirst().first
        else { return nil }
        return String(value.prefix { $0 != "\"" })
    }

    @Test func theDistributionsCarryThePrintedFigures() throws {
        let (html, figures) = try Self.page()
        let npv = try #require(figures.npv)
        #expect(Self.attribute("data-p10", of: "npv-histogram", in: html) == JSONValue.format(npv.p10))
        #expect(Self.attribute("data-p50", of: "npv-histogram", in: html) == JSONValue.format(npv.p50))
        #expect(Self.attribute("data-p90", of: "npv-histogram", in: html) == JSONValue.format(npv.p90))
        let recoup = try #require(figures.recoup)
        #expect(
            Self.attribute("data-probability", of: "recoup-chart", in: html) == JSONValue.format(recoup.probability))
        #expect(Self.attribute("data-by", of: "recoup-chart", in: html) == recoup.by.description)
        for phase in figures.phases {
            #expect(html.contains("data-phase=\"\(phase.id)\" data-within=\"\(JSONValue.format(phase.within))\""))
        }
        for type in figures.types { #expect(html.contains("data-type=\"\(type.id)\"")) }
        // Three quantile marks, the planned NPV and the promise.
        #expect(html.components(separatedBy: "data-quantile=").count - 1 == 3)
        #expect(html.contains("planned ") && html.contains("promise \(recoup.by)"))
    }

    @Test func aPageWithoutRiskFiguresHasNoRiskSection() throws {
        let (plan, result) = try RiskFiguresTests.solved(RiskFiguresTests.yaml)
        #expect(!HTMLReport(result: result, plan: plan).text.contains("id=\"risk\""))
    }

    @Test func thePlansNameStaysTextOnARiskPage() throws {
        let hostile = RiskFiguresTests.yaml.replacingOccurrences(
            of: "name: Listed scenarios",
            with: "name: \"<script>alert(1)</script> & co\"")
        let (html, _) = try Self.page(yaml: hostile)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"))
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
    }
}
