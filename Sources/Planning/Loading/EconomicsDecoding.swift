/// Reads `economics:` and `funding:` of a plan (section 4 of the plan-format contract).
extension PlanDecoder {
    /// Decodes `economics: {horizon, discount_rate, margin}`; nil when absent.
    mutating func decodeEconomics(_ fields: FieldReader) throws(PlanError) -> Economics? {
        guard let node = fields.value("economics") else { return nil }
        let reader = try FieldReader(node, schema: Schema.plan.field("economics") ?? .leaf, context: "economics")
        locations["economics"] = fields.location("economics")
        locations["economics.horizon"] = reader.valueLocation("horizon")
        return Economics(horizon: try reader.require("horizon", .yearMonth),
                         discountRate: try reader.optional("discount_rate", .amount) ?? 0,
                         margin: try reader.optional("margin", .amount))
    }

    /// Decodes the `funding:` list; nil when absent.
    mutating func decodeFunding(_ fields: FieldReader) throws(PlanError) -> [FundingSource]? {
        guard let node = fields.value("funding") else { return nil }
        locations["funding"] = fields.location("funding")
        var sources: [FundingSource] = []
        for item in try node.list("funding") {
            let (reader, id, context) = try openEntry(item, schema: .fundingSource, noun: "funding source", list: "funding")
            var source = FundingSource(id: id, name: try reader.optional("name", .string),
                                       amount: try reader.optional("amount", .money),
                                       until: try reader.optional("until", .yearMonth))
            if let termsNode = reader.value("terms") {
                let terms = try FieldReader(termsNode, schema: Schema.fundingSource.field("terms") ?? .leaf,
                                            context: "terms of \(context)")
                locations["funding.\(id).terms"] = reader.location("terms")
                source.terms = InvestorTerms(
                    share: try terms.require("share", .number(in: 0...1)),
                    shareAfterRecoup: try terms.optional("share_after_recoup", .number(in: 0...1)),
                    recoupBy: try terms.optional("recoup_by", .yearMonth))
            }
            sources.append(source)
        }
        return sources
    }
}

extension Schema {
    /// `economics:`: the horizon, the discount rate and the margin.
    static let economics = Schema.object([
        "horizon": .leaf, "discount_rate": .leaf, "margin": .leaf, "sources": .leaf, "notes": .leaf,
    ])

    /// A `funding:` entry.
    static let fundingSource = Schema.object([
        "id": .leaf, "name": .leaf, "amount": .leaf, "until": .leaf, "sources": .leaf, "notes": .leaf,
        "terms": .object(["share": .leaf, "share_after_recoup": .leaf, "recoup_by": .leaf]),
    ])
}
