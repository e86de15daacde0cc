import MIP

/// Constraints 1-5, 7 and 8 of the contract: opening sites, plants per site, resources
/// and co-location.
extension FormulationBuilder {
    /// 1. sum_p o[s,p] <= 1.
    mutating func addOpenOnce() {
        for s in siteIndices {
            addRow("open[\(plan.sites[s].id)]", .openOnce(site: plan.sites[s].id), terms: openTerms(site: s), upper: 1)
        }
    }

    /// 2. N[s,f,p] <= f.max_per_site * Open[s,p], for every triple whose N has a term.
    mutating func addPlantsNeedOpenSite() {
        for s in siteIndices {
            for f in typeIndices {
                let type = plan.factoryTypes[f]
                for p in plan.phases.indices {
                    let plants = index.plantsThrough(site: s, type: f, phase: p)
                    guard !plants.isEmpty else { continue }
                    let opens = index.openedThrough(site: s, phase: p)
                    let ids = "\(plan.sites[s].id),\(type.id),\(plan.phases[p].id)"
                    addRow("need_open[\(ids)]",
                           .plantsNeedOpenSite(site: plan.sites[s].id, type: type.id, phase: plan.phases[p].id),
                           terms: plants.map { ($0, 1) } + opens.map { ($0, -Double(type.maxPerSite)) }, upper: 0)
                }
            }
        }
    }

    /// 3. sum_p n[s,f,p] <= f.max_per_site.
    mutating func addTypeLimits() {
        for s in siteIndices {
            for f in typeIndices {
                let terms = plantTerms(site: s, type: f)
                guard !terms.isEmpty else { continue }
                let site = plan.sites[s].id, type = plan.factoryTypes[f]
                addRow("type_max[\(site),\(type.id)]", .typeLimitPerSite(site: site, type: type.id),
                       terms: terms, upper: Double(type.maxPerSite))
            }
        }
    }

    /// 4. x[s,k] <= sum_p o[s,p].
    mutating func addExpansionsNeedOpenSite() {
        for s in siteIndices {
            for (k, expansion) in plan.sites[s].expansions.enumerated() {
                guard let x = index.expansion(site: s, expansion: k) else { continue }
                let site = plan.sites[s].id
                addRow("exp_open[\(site),\(expansion.id)]", .expansionNeedsOpenSite(site: site, expansion: expansion.id),
                       terms: [(x, 1)] + openTerms(site: s, coefficient: -1), upper: 0)
            }
        }
    }

    /// 5. sum_f f.uses[r] * N[s,f,p] - sum over k online by p of k.adds[r] * x[s,k]
    /// <= s.capacity[r], for each resource the site lists. Each row is divided by its
    /// capacity (when positive); a row no plant uses is always met and left out.
    mutating func addResources() {
        for s in siteIndices {
            let site = plan.sites[s]
            for resource in site.capacity.keys.sorted() {
                let capacity = site.capacity[resource] ?? 0
                let scale = capacity > 0 ? capacity : 1
                for p in plan.phases.indices {
                    var terms: [(Int, Double)] = []
                    for f in typeIndices {
                        let use = plan.factoryTypes[f].uses[resource] ?? 0
                        guard use != 0 else { continue }
                        terms += index.plantsThrough(site: s, type: f, phase: p).map { ($0, use / scale) }
                    }
                    guard !terms.isEmpty || capacity < 0 else { continue }
                    for (k, expansion) in site.expansions.enumerated() {
                        guard let x = index.expansion(site: s, expansion: k),
                              let online = index.availablePhase(site: s, expansion: k), online <= p,
                              let adds = expansion.adds[resource] else { continue }
                        terms.append((x, -adds / scale))
                    }
                    addRow("res[\(site.id),\(resource),\(plan.phases[p].id)]",
                           .resource(site: site.id, resource: resource, phase: plan.phases[p].id),
                           terms: terms, upper: capacity / scale, scale: scale)
                }
            }
        }
    }

    /// 7. N[s,f,p] <= f.max_per_site * N[s,g,p] for f requiring g; g's N has no terms
    /// where g is not allowed (or not selected), which forces N[s,f,p] to 0.
    mutating func addCoLocation() {
        for (f, type) in plan.factoryTypes.enumerated() {
            for required in type.requires where required != type.id {
                let g = plan.factoryTypes.firstIndex { $0.id == required }
                for s in siteIndices {
                    for p in plan.phases.indices {
                        let plants = index.plantsThrough(site: s, type: f, phase: p)
                        guard !plants.isEmpty else { continue }
                        let needed = g.map { index.plantsThrough(site: s, type: $0, phase: p) } ?? []
                        let site = plan.sites[s].id, phase = plan.phases[p].id
                        addRow("coloc[\(site),\(type.id),\(required),\(phase)]",
                               .coLocation(site: site, type: type.id, requires: required, phase: phase),
                               terms: plants.map { ($0, 1) } + needed.map { ($0, -Double(type.maxPerSite)) }, upper: 0)
                    }
                }
            }
        }
    }

    /// 8. sum_{f,p} n[s,f,p] <= max_plants(s).
    mutating func addPlantsPerSite() {
        for s in siteIndices {
            let site = plan.sites[s]
            guard let limit = plan.maxPlants(at: site) else { continue }
            let terms = typeIndices.flatMap { plantTerms(site: s, type: $0) }
            guard !terms.isEmpty || limit < 0 else { continue }
            addRow("plants_max[\(site.id)]", .plantsPerSite(site: site.id), terms: terms, upper: Double(limit))
        }
    }
}
