import ArgumentParser
import Planning

extension ReportFormat: ExpressibleByArgument {}
