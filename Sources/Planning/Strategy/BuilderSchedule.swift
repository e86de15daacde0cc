import MIP

/// Spreads each builder's plants of an ``AggregatePoint`` over the phases for the
/// ``PhaseScheduler``: as late as its `max_plants_per_phase` allows, and the totals the
/// scheduling problem keeps.
struct BuilderSchedule {
    let formulation: Formulation

    /// The first phase each plant cell is allowed in, by site and type.
    private func firstAllowed(site s: Int, type f: Int) -> Int? {
        formulation.plan.phases.indices.first { formulation.index.plant(site: s, type: f, phase: $0) != nil }
    }

    /// Adds the point's plants to `values` builder by builder: from the last phase back,
    /// each phase takes up to the builder's limit, first the cells that may start no
    /// earlier, then the dearest plants (so that what must start early spends least
    /// against the budgets through the early phases). When the limit (the aggregate's rows
    /// aside) leaves plants over, they go to the last phase and the schedule fails the
    /// feasibility check that follows. Each opened site then opens in the first phase one
    /// of its plants starts in (the last phase when it has none).
    func latest(_ point: AggregatePoint, into values: inout [Double]) {
        let plan = formulation.plan
        let index = formulation.index
        guard let builders = plan.builders, let last = plan.phases.indices.last else { return }
        for b in builders.indices {
            var cells = point.builders.filter { $0.builder == b }
                .compactMap { total -> (total: BuilderTotal, first: Int, price: Double)? in
                    firstAllowed(site: total.site, type: total.type).map {
                        (total, $0, formulation.plan.capex(site: total.site, type: total.type, builder: b))
                    }
                }
            func start(_ k: Int, of cell: Int, in p: Int) {
                let total = cells[cell].total
                guard let w = index.builderPlant(builder: b, site: total.site, type: total.type, phase: p),
                    let n = index.plant(site: total.site, type: total.type, phase: p)
                else { return }
                values[w] += Double(k)
                values[n] += Double(k)
                cells[cell].total.count -= k
            }
            for p in stride(from: last, through: 0, by: -1) {
                var room = builders[b].maxPlantsPerPhase ?? Int.max
                let order = cells.indices.filter { cells[$0].first <= p }
                    .sorted { (cells[$0].first, cells[$0].price) > (cells[$1].first, cells[$1].price) }
                for i in order where cells[i].total.count > 0 && room > 0 {
                    let k = min(room, cells[i].total.count)
                    start(k, of: i, in: p)
                    room -= k
                }
            }
            for i in cells.indices where cells[i].total.count > 0 { start(cells[i].total.count, of: i, in: last) }
        }
        for s in plan.sites.indices {
            let opens = index.opened[s]
            guard opens.contains(where: { values[$0] > 0.5 }) else { continue }
            let first =
                plan.phases.indices.first { p in
                    plan.factoryTypes.indices.contains { f in
                        index.plant(site: s, type: f, phase: p).map { values[$0] > 0.5 } ?? false
                    }
                } ?? last
            for column in opens { values[column] = 0 }
            values[opens[first]] = 1
        }
    }

    /// Fixes in `problem` each builder's plants per site and type over all phases to the point's.
    func fixTotals(_ point: AggregatePoint, in problem: inout Problem) {
        let plan = formulation.plan
        let index = formulation.index
        guard let builders = plan.builders else { return }
        var totals: [[Int]: Int] = [:]
        for total in point.builders { totals[[total.builder, total.site, total.type]] = total.count }
        for b in builders.indices {
            for s in plan.sites.indices {
                for f in plan.factoryTypes.indices {
                    let columns = plan.phases.indices.compactMap {
                        index.builderPlant(builder: b, site: s, type: f, phase: $0)
                    }
                    guard !columns.isEmpty else { continue }
                    let m = Double(totals[[b, s, f]] ?? 0)
                    if m == 0 {
                        for j in columns { problem.setBounds(ofVariable: j, lower: 0, upper: 0) }
                    } else {
                        problem.addRow("builder_total", terms: columns.map { ($0, 1) }, lower: m, upper: m)
                    }
                }
            }
        }
    }
}
