public enum ReportFormat: String, Sendable, CaseIterable { case table, markdown, csv, json
    public func render(_ result: PlanResult, plan: Plan) -> String { JSONReport(result).text(pretty: true) + "\n" }
}
