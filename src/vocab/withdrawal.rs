use super::vocabulary;

vocabulary! {
    /// Whether the person is in alcohol withdrawal (alkoholabstinens), and
    /// with what risk: the state the national guidelines rate the
    /// benzodiazepine treatment of withdrawal for.
    ///
    /// NR rates that treatment twice: for alcohol withdrawal in general
    /// (priority 2) and for withdrawal with a raised risk of withdrawal
    /// seizures or delirium tremens (priority 1). A person at raised risk
    /// is in withdrawal too, so [`RaisedRisk`](Withdrawal::RaisedRisk) fits
    /// both rows and the better number applies.
    ///
    /// # Examples
    ///
    /// ```
    /// use insats::Withdrawal;
    ///
    /// assert_eq!("raised-risk".parse::<Withdrawal>()?, Withdrawal::RaisedRisk);
    /// assert!(Withdrawal::RaisedRisk.is_present() && !Withdrawal::NotPresent.is_present());
    /// # Ok::<(), insats::Error>(())
    /// ```
    pub enum Withdrawal: "Abstinens", "withdrawal state" {
        /// Not in alcohol withdrawal.
        NotPresent = ("Ingen abstinens", "No withdrawal", "not-present"),
        /// In alcohol withdrawal, without a stated raised risk.
        General = ("Alkoholabstinens", "Alcohol withdrawal", "general"),
        /// In alcohol withdrawal with a raised risk of withdrawal seizures
        /// (abstinensepilepsi) or delirium tremens.
        RaisedRisk = (
            "Alkoholabstinens med förhöjd risk för abstinensepilepsi eller delirium tremens",
            "Alcohol withdrawal with a raised risk of withdrawal seizures or delirium tremens",
            "raised-risk"
        ),
        /// Established delirium tremens (svår alkoholabstinens): NR has a
        /// row of its own for it, apart from the raised-risk row.
        DeliriumTremens = ("Delirium tremens", "Delirium tremens", "delirium-tremens"),
    }
}

impl Withdrawal {
    /// Whether the person is in withdrawal at all.
    pub const fn is_present(self) -> bool {
        !matches!(self, Withdrawal::NotPresent)
    }
}
