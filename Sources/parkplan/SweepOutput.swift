import Planning

/// Prints (or writes to `--output`) a sweep report and writes its plot; shared by `sweep`
/// and `merge`. Neither file may be an input of the run.
struct SweepOutput {
    let format: ReportFormat
    let plot: String?
    let outputOption: OutputOption
    let inputs: [String]

    /// Checks before the sweep runs that both files can be written.
    func check() throws {
        try SafeWrite.requireDistinct([outputOption.output, plot].compactMap { $0 })
        try outputOption.check(inputs: inputs)
        if let plot { try SafeWrite.check(OutputFile(plot, inputs: inputs)) }
    }

    /// Writes the table and the plot.
    func emit(_ report: SweepReport) throws {
        try outputOption.emit(SweepTable(report).render(format), inputs: inputs)
        guard let plot else { return }
        try SafeWrite.write(SweepPlot(report).svg, to: OutputFile(plot, inputs: inputs))
    }
}
