@testable import Planning
import Testing

/// Names from a plan are text in the HTML page: markup in them is shown, never run.
@Suite struct HTMLEscapingTests {
    @Test func textEscapesEveryMarkupCharacter() {
        #expect(HTMLText.escape("R&D <img src=x onerror=alert(1)> \"a\" 'b'")
                == "R&amp;D &lt;img src=x onerror=alert(1)&gt; &quot;a&quot; &#39;b&#39;")
    }

    @Test func scriptDataCannotCloseItsBlock() {
        let json = HTMLText.scriptJSON(.object([("name", .string("</script><script>alert(1)</script> <!-- & \u{2028}"))]))
        #expect(!json.contains("<") && !json.contains(">") && !json.contains("&"))
        #expect(json.contains("\\u003c/script\\u003e"))
        #expect(json.contains("\\u2028"))
    }

    @Test func hostileNamesInThePageStayText() {
        let html = ReportFormat.html.render(MapFixture.result, plan: MapFixture.plan)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<b>co</b>"))
        #expect(html.contains("R&amp;D &lt;img src=x onerror=alert(1)&gt;"))
        // Only the page's own two script blocks open and close.
        #expect(html.components(separatedBy: "<script").count - 1 == 2)
        #expect(html.components(separatedBy: "</script>").count - 1 == 2)
    }
}
