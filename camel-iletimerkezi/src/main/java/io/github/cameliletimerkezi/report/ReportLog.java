/*
 * Copyright 2026 the camel-iletimerkezi authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.github.cameliletimerkezi.report;

/**
 * The report stream's one log category. Its parts log under the report consumer's class name, so one logger setting
 * covers everything a stream says; the name is written out because this package sits below the consumer.
 */
final class ReportLog {

    /** {@code IletiMerkeziReportConsumer}'s class name (the report tests capture the log under that class). */
    static final String CATEGORY = "io.github.cameliletimerkezi.IletiMerkeziReportConsumer";

    private ReportLog() {
    }
}
