import Foundation
import MIP
import Synchronization
internal import CGLPKShim

/// The caller's progress, log and cancel hooks, reached from GLPK's C callbacks through a
/// context pointer. The callbacks never call GLPK themselves.
final class GLPKHooks: Sendable {
    let options: SolveOptions
    /// GLPK's own settings for this solve.
    let settings: GLPKOptions
    /// The scaling of the objective inside GLPK, undone for the caller.
    let objective: IntegralObjective
    let started = ContinuousClock.now
    private let stopped = Atomic<Bool>(false)

    init(options: SolveOptions, settings: GLPKOptions, objective: IntegralObjective) {
        self.options = options
        self.settings = settings
        self.objective = objective
    }

    /// True when the search ended because the caller's flag was raised.
    var stoppedByCaller: Bool { stopped.load(ordering: .relaxed) }

    /// Calls `body` with GLPK parameters built from the options.
    func withParameters<R>(start: [Double]?, _ body: (inout pp_params) -> R) -> R {
        let context = Unmanaged.passUnretained(self).toOpaque()
        return withExtendedLifetime(self) {
            optionalBuffer(start) { startPointer in
                var p = pp_params()
                p.time_limit_ms = options.deadline.remaining.map { Int32(clamping: Int(max(1, min(2e9, ($0 * 1000).rounded(.up))))) } ?? 0
                p.mip_gap = options.relativeGap
                p.presolve = settings.presolve ? 1 : 0
                p.gmi_cuts = settings.cuts.gomory ? 1 : 0
                p.mir_cuts = settings.cuts.mir ? 1 : 0
                p.cov_cuts = settings.cuts.cover ? 1 : 0
                p.clq_cuts = settings.cuts.clique ? 1 : 0
                p.fp_heur = settings.feasibilityPump ? 1 : 0
                p.ps_heur = settings.proximitySearch ? 1 : 0
                p.br_tech = settings.branching.glpkCode
                p.glpk_own_code = settings.glpkOwnCode ? 1 : 0
                p.bt_tech = settings.backtracking.glpkCode
                p.root_only_tightening = options.tightensBoundsAtEveryNode ? 0 : 1
                p.mem_limit_mb = Int32(clamping: settings.memoryLimitMB ?? 0)
                p.start = startPointer
                p.ctx = context
                p.progress = options.progress != nil || options.cancellation != nil ? glpkProgress : nil
                p.log = options.log != nil ? glpkLog : nil
                p.stop = options.cancellation != nil ? glpkStop : nil
                return body(&p)
            }
        }
    }

    fileprivate func report(_ progress: SearchProgress) -> Bool {
        options.progress?(progress)
        return shouldStop()
    }

    /// True (and remembered) once the caller's flag is raised.
    fileprivate func shouldStop() -> Bool {
        if options.cancellation?.isCancelled == true {
            stopped.store(true, ordering: .relaxed)
            return true
        }
        return false
    }
}

private func optionalBuffer<R>(_ values: [Double]?, _ body: (UnsafePointer<Double>?) -> R) -> R {
    guard let values else { return body(nil) }
    return values.withUnsafeBufferPointer { body($0.baseAddress) }
}

private let glpkProgress: pp_progress_fn = { context, nodes, hasIncumbent, incumbent, hasBound, bound, gap in
    let hooks = Unmanaged<GLPKHooks>.fromOpaque(context!).takeUnretainedValue()
    let progress = SearchProgress(
        nodes: Int(nodes), incumbent: hasIncumbent != 0 ? hooks.objective.unscaled(incumbent) : nil,
        bound: hasBound != 0 ? hooks.objective.unscaled(bound) : nil,
        gap: hasIncumbent != 0 && hasBound != 0 && gap.isFinite ? gap : nil,
        seconds: hooks.started.secondsElapsed)
    return hooks.report(progress) ? 1 : 0
}

private let glpkStop: pp_stop_fn = { context in
    let hooks = Unmanaged<GLPKHooks>.fromOpaque(context!).takeUnretainedValue()
    return hooks.shouldStop() ? 1 : 0
}

private let glpkLog: pp_log_fn = { context, text in
    let hooks = Unmanaged<GLPKHooks>.fromOpaque(context!).takeUnretainedValue()
    if let text { hooks.options.log?(String(cString: text)) }
}

extension BranchingRule {
    var glpkCode: Int32 {
        switch self {
        case .firstFractional: 1   // GLP_BR_FFV
        case .lastFractional: 2    // GLP_BR_LFV
        case .mostFractional: 3    // GLP_BR_MFV
        case .driebeckTomlin: 4    // GLP_BR_DTH
        case .pseudoCost: 5        // GLP_BR_PCH
        }
    }
}

extension BacktrackingRule {
    var glpkCode: Int32 {
        switch self {
        case .depthFirst: 1        // GLP_BT_DFS
        case .breadthFirst: 2      // GLP_BT_BFS
        case .bestLocalBound: 3    // GLP_BT_BLB
        case .bestProjection: 4    // GLP_BT_BPH
        }
    }
}
